import {
  type EntryPoint,
  entryPoints,
  fuzzCategories,
  type FuzzCategory,
  type RefusalReason,
} from './fuzz-categories';

export const outcomes = ['accepted', 'refused', 'failure'] as const;
export type Outcome = (typeof outcomes)[number];

export interface CategoryCounts {
  inputs: number;
  respond: Record<Outcome, number>;
  collect: Record<Outcome, number>;
}

export interface FuzzFailure {
  /** Null for an unhandled rejection that surfaced between inputs. */
  category: FuzzCategory | null;
  /** With the seed, the position of the input in its category reproduces it. */
  index: number;
  entryPoint: EntryPoint | 'process';
  problem: string;
  input: string;
  inputLength: number;
}

export interface FuzzReport {
  seed: number;
  inputs: number;
  elapsedMs: number;
  categories: Record<FuzzCategory, CategoryCounts>;
  refusals: Record<EntryPoint, Partial<Record<RefusalReason, number>>>;
  failureCount: number;
  /** The first few failures, inputs cut short. */
  failures: FuzzFailure[];
}

export function emptyCounts(): CategoryCounts {
  return {
    inputs: 0,
    respond: { accepted: 0, refused: 0, failure: 0 },
    collect: { accepted: 0, refused: 0, failure: 0 },
  };
}

export function emptyCategoryCounts(): Record<FuzzCategory, CategoryCounts> {
  return {
    'random-text': emptyCounts(),
    'random-bytes': emptyCounts(),
    truncation: emptyCounts(),
    'bit-flip': emptyCounts(),
    splice: emptyCounts(),
    oversize: emptyCounts(),
    wrapped: emptyCounts(),
  };
}

const number = new Intl.NumberFormat('en-US');

function row(label: string, counts: CategoryCounts): string {
  const cells = entryPoints.map((entry) =>
    outcomes.map((outcome) => number.format(counts[entry][outcome]).padStart(9)).join(''),
  );
  return `${label.padEnd(13)}${number.format(counts.inputs).padStart(8)} |${cells.join(' |')}`;
}

function total(report: FuzzReport): CategoryCounts {
  const sum = emptyCounts();
  for (const counts of Object.values(report.categories)) {
    sum.inputs += counts.inputs;
    for (const entry of entryPoints) {
      for (const outcome of outcomes) sum[entry][outcome] += counts[entry][outcome];
    }
  }
  return sum;
}

/** One compact table: inputs and outcomes per category and entry point, then refusal reasons. */
export function formatFuzzTable(report: FuzzReport): string {
  const seconds = (report.elapsedMs / 1000).toFixed(1);
  const header = outcomes.map((outcome) => outcome.padStart(9)).join('');
  const lines = [
    `Link fuzz: seed ${report.seed}, ${number.format(report.inputs)} inputs, ` +
      `${number.format(report.failureCount)} failures, ${seconds} s`,
    `${''.padEnd(21)} |${entryPoints.map((entry) => entry.padStart(18).padEnd(27)).join(' |')}`,
    `${'category'.padEnd(13)}${'inputs'.padStart(8)} |${entryPoints.map(() => header).join(' |')}`,
    ...fuzzCategories.map((category) => row(category, report.categories[category])),
    row('total', total(report)),
    ...entryPoints.map(
      (entry) =>
        `${entry} refusals: ` +
        Object.entries(report.refusals[entry])
          .sort(([, a], [, b]) => b - a)
          .map(([reason, count]) => `${reason} ${number.format(count)}`)
          .join(' · '),
    ),
    ...(report.refusals.respond.missing === undefined
      ? []
      : [
          'missing: no code left in the text; the respond page says it is not an Ascent link (blank text: just the paste box)',
        ]),
    ...report.failures.map(
      (failure) =>
        `FAILURE ${failure.category ?? 'between inputs'} #${failure.index} at ${failure.entryPoint}: ${failure.problem} ` +
        `— input (${failure.inputLength} chars): ${JSON.stringify(failure.input)}`,
    ),
  ];
  return lines.join('\n');
}
