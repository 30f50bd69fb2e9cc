import { builtInCatalog } from '../../src/content/catalog';
import { itemBank } from '../../src/content/item-bank';
import { sortByNewest } from '../../src/domain/assessment/assessment';
import { buildRecommendations } from '../../src/domain/plan/recommendations';
import { scoreAssessment } from '../../src/domain/assessment/scoring';
import { buildSkillTrend } from '../../src/domain/assessment/skill-trend';
import { buildTeamView } from '../../src/domain/team/team-view';
import { reportForWave } from '../../src/features/review/report/report-input';
import { backupSchema, createBackup, mergeBackup, parseBackup } from '../../src/storage/backup';
import { PERSISTED_VERSION, emptyPersistedState } from '../../src/stores/persisted-state';
import { createRandom } from '../../tests/support/heavy-random';
import { buildOwnedReview } from '../../tests/support/heavy-reviews';
import { buildHistory, heavyHistory, type HistorySize } from '../../tests/support/heavy-state';
import { buildTeamState, teamScale } from '../../tests/support/team-state';
import { timeMedian, type TimingOptions } from './median';
import type { BenchSection } from './section';

type Row = (string | number)[];

const REPORT_RUNS: TimingOptions = { runs: 50, warmup: 5 };
const PLAN_RUNS: TimingOptions = { runs: 500, warmup: 50 };
const IMPORT_RUNS: TimingOptions = { runs: 25, warmup: 3 };

/** The ten-year history grown until the exported file is about 2 MB: a manager's browser. */
const twoMegabyteHistory = {
  assessments: 40,
  reviews: 56,
  responsesPerReview: 20,
  goals: 60,
} as const satisfies HistorySize;

async function timedRow(label: string, input: string, options: TimingOptions, fn: () => unknown) {
  const ms = await timeMedian(fn, options);
  return [label, input, options.runs, Math.round(ms * 1000) / 1000];
}

/** What the report page computes for one wave: reportForWave, as report-page.tsx calls it. */
async function reportRows(): Promise<Row[]> {
  const { assessments } = buildHistory(heavyHistory);
  const latest = sortByNewest(assessments)[0]?.id ?? null;
  const review = buildOwnedReview(createRandom(200), {
    createdAt: new Date('2026-01-12T09:00:00.000Z'),
    responses: 200,
    late: 0,
    selfAssessmentId: latest,
  });
  const input = '200 responses in one wave, self-assessment from 40';
  return [
    await timedRow('360 report (reportForWave)', input, REPORT_RUNS, () =>
      reportForWave(review, 1, assessments),
    ),
  ];
}

/** The plan page's recommendations: the latest of 20 assessments plus the latest 360 report. */
async function planRows(): Promise<Row[]> {
  const size = { assessments: 20, reviews: 1, responsesPerReview: 15, goals: 0 };
  const { assessments, reviews, plan } = buildHistory(size);
  const review = reviews[0] ? reportForWave(reviews[0], 1, assessments) : null;
  const recommend = () => {
    const latest = sortByNewest(assessments)[0];
    return buildRecommendations({
      self: latest ? scoreAssessment(latest.answers, itemBank) : null,
      review,
      importance: plan.importance,
      catalog: builtInCatalog.entries,
    });
  };
  const input = `20 assessments, a 15-rater report, ${String(builtInCatalog.entries.length)} entries`;
  return [
    await timedRow('recommendations (buildRecommendations)', input, PLAN_RUNS, recommend),
    await timedRow('skill trend (buildSkillTrend)', '20 assessments', PLAN_RUNS, () =>
      buildSkillTrend(assessments, [], itemBank),
    ),
  ];
}

/** The team page's whole view model: every person's row, the heat table and its chart. */
async function teamRows(): Promise<Row[]> {
  const { reviews } = buildTeamState();
  const { people, raters, waves } = teamScale;
  const input = `${String(people)} people × ${String(raters)} raters × ${String(waves)} waves`;
  return [
    await timedRow('team view (buildTeamView)', input, REPORT_RUNS, () =>
      buildTeamView(reviews, '2026-12-04', itemBank),
    ),
  ];
}

function describeFile(text: string): string {
  const bytes = new TextEncoder().encode(text).length;
  return `${bytes.toLocaleString('en')} bytes (${text.length.toLocaleString('en')} chars)`;
}

/** Settings → Import: parseBackup (JSON.parse + schema) then mergeBackup, as data-section.tsx does. */
async function importRows(): Promise<Row[]> {
  const state = buildHistory(twoMegabyteHistory);
  const text = JSON.stringify(createBackup(state, new Date('2026-01-12T09:00:00.000Z')), null, 2);
  const file = describeFile(text);
  const json: unknown = JSON.parse(text);
  const data = backupSchema.parse(json).data;
  const importInto = (current: typeof data) => () => {
    const result = parseBackup(text);
    if (!result.ok) throw new Error(`the backup was refused: ${result.error.code}`);
    return mergeBackup(current, result.value.data);
  };
  return [
    await timedRow(
      'import into an empty browser',
      file,
      IMPORT_RUNS,
      importInto(emptyPersistedState),
    ),
    await timedRow('import the same file again (all known)', file, IMPORT_RUNS, importInto(data)),
    await timedRow('  of which JSON.parse', file, IMPORT_RUNS, () => JSON.parse(text)),
    await timedRow('  of which schema validation', file, IMPORT_RUNS, () =>
      backupSchema.parse(json),
    ),
    await timedRow('  of which merge (all known)', file, IMPORT_RUNS, () =>
      mergeBackup(data, data),
    ),
    await timedRow('then the save (JSON.stringify for persist)', file, IMPORT_RUNS, () =>
      JSON.stringify({ state: data, version: PERSISTED_VERSION }),
    ),
  ];
}

export async function benchComputation(): Promise<BenchSection> {
  return {
    title: 'Computation (median ms)',
    note:
      'Median wall time of sequential runs (count in the table) after warm-up runs ' +
      `(${String(REPORT_RUNS.warmup)}, ${String(PLAN_RUNS.warmup)} and ${String(IMPORT_RUNS.warmup)}), ` +
      'in this Node process, on inputs built by tests/support/heavy-state.ts and team-state.ts. ' +
      'The backup is ' +
      `the ten-year history grown to ${String(twoMegabyteHistory.reviews)} reviews × ` +
      `${String(twoMegabyteHistory.responsesPerReview)} responses and ` +
      `${String(twoMegabyteHistory.goals)} goals, exported as Settings does (JSON, 2-space indent).`,
    columns: ['computation', 'input', 'runs', 'median ms'],
    rows: [
      ...(await reportRows()),
      ...(await teamRows()),
      ...(await planRows()),
      ...(await importRows()),
    ],
  };
}
