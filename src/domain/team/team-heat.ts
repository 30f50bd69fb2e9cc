import type { ItemBank } from '../instrument/instrument';
import { skillIds, type SkillId } from '../instrument/skills';
import type { OwnedReview } from '../review/owned-review';
import { buildWaveReport } from '../review/review-wave-report';
import { currentWave } from '../review/review-waves';

export type HeatCell =
  | { status: 'shown'; index: number; raters: number }
  /** What the person's own report withholds (or has no answers for) stays withheld here. */
  | { status: 'withheld'; reason: 'no-responses' | 'below-threshold' };

export interface HeatRow {
  reviewId: string;
  subjectName: string;
  wave: number;
  /** One per skill, in skill order. */
  cells: ({ skill: SkillId } & HeatCell)[];
}

export interface SkillSummary {
  skill: SkillId;
  /** Mean of the shown cells only; null when no one's report shows this skill. */
  average: number | null;
  shown: number;
}

export interface HeatTable {
  rows: HeatRow[];
  skills: SkillSummary[];
  /** Highest and lowest team averages, two each, never the same skill in both. */
  strengths: SkillId[];
  priorities: SkillId[];
}

const COMMON_COUNT = 2;

/** The wave a person's figures come from: the latest one holding answers. */
export function reportWave(review: OwnedReview): number {
  const answered = review.responses.map((r) => r.wave);
  return answered.length === 0 ? currentWave(review).number : Math.max(...answered);
}

/**
 * Each cell is the "others" figure of the person's own report, so every anonymity rule of the
 * report (threshold, pooling, withholding, the manager apart) applies unchanged: the table holds
 * nothing the single reports do not already show, and the averages are made of shown cells only.
 */
export function buildHeatRow(review: OwnedReview, bank: ItemBank): HeatRow {
  const wave = reportWave(review);
  const report = buildWaveReport(review, wave, null, bank);
  const hasResponses = report.counts.some((c) => c.category !== 'self' && c.responded > 0);
  const cells = report.skills.map(({ skill, others }): { skill: SkillId } & HeatCell =>
    others === null
      ? { skill, status: 'withheld', reason: hasResponses ? 'below-threshold' : 'no-responses' }
      : { skill, status: 'shown', index: others.index, raters: others.raters },
  );
  return { reviewId: review.id, subjectName: review.subjectName, wave, cells };
}

export function buildHeatTable(reviews: readonly OwnedReview[], bank: ItemBank): HeatTable {
  return summarizeHeat(reviews.map((review) => buildHeatRow(review, bank)));
}

/** The table around its rows: each skill's team average, and the team's common strengths and priorities. */
export function summarizeHeat(rows: HeatRow[]): HeatTable {
  const skills = skillIds.map((skill): SkillSummary => {
    const shown = rows.flatMap((row) =>
      row.cells.flatMap((cell) =>
        cell.skill === skill && cell.status === 'shown' ? [cell.index] : [],
      ),
    );
    const average = shown.length === 0 ? null : shown.reduce((a, b) => a + b, 0) / shown.length;
    return { skill, average, shown: shown.length };
  });
  const ranked = skills
    .filter((summary) => summary.average !== null)
    .sort((a, b) => (b.average ?? 0) - (a.average ?? 0));
  const strengths = ranked.slice(0, COMMON_COUNT).map((s) => s.skill);
  const priorities = ranked
    .slice(-COMMON_COUNT)
    .reverse()
    .map((s) => s.skill)
    .filter((skill) => !strengths.includes(skill));
  return { rows, skills, strengths, priorities };
}
