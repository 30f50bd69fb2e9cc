import { scaleItemVariance } from '../assessment/reliable-change';
import { SCALE_MAX, SCALE_MIN } from '../instrument/scale';
import type { AgreementBand } from './agreement-band';
import { AGREEMENT_MIN_RATERS, AGREEMENT_RWG, isAtLeast } from './review-rules';

/** One row per rater, one cell per statement: a rating, or null for not observed or blank. */
export type AnswerRows = readonly (readonly (number | null)[])[];

const UNIFORM_VARIANCE = scaleItemVariance();

function columnsOf(rows: AnswerRows): number[][] {
  const width = rows[0]?.length ?? 0;
  return Array.from({ length: width }, (_, item) =>
    rows.flatMap((row) => {
      const value = row[item];
      return value === null || value === undefined ? [] : [value];
    }),
  );
}

function sampleVariance(values: readonly number[]): number {
  const center = values.reduce((sum, value) => sum + value, 0) / values.length;
  return values.reduce((sum, value) => sum + (value - center) ** 2, 0) / (values.length - 1);
}

/** Statements rated by at least two raters: a variance needs two values. */
function ratedColumns(rows: AnswerRows): number[][] {
  return columnsOf(rows).filter((column) => column.length >= 2);
}

function rwgOfMeanVariance(meanVariance: number, statements: number): number {
  const ratio = meanVariance / UNIFORM_VARIANCE;
  if (ratio >= 1) return 0;
  return (statements * (1 - ratio)) / (statements * (1 - ratio) + ratio);
}

/**
 * James, Demaree & Wolf's r_wg(J) against a uniform ("random answer") null over the scale's five
 * points: J(1 − s̄²/σ²) / (J(1 − s̄²/σ²) + s̄²/σ²), s̄² the mean of the statements' variances.
 * Where raters vary more than random answers would, it is set to 0 rather than read.
 */
export function rwgJ(rows: AnswerRows): number | null {
  const columns = ratedColumns(rows);
  if (columns.length === 0) return null;
  const varianceSum = columns.reduce((sum, column) => sum + sampleVariance(column), 0);
  return rwgOfMeanVariance(varianceSum / columns.length, columns.length);
}

export function bandOfRwg(rwg: number): AgreementBand {
  return isAtLeast(rwg, AGREEMENT_RWG) ? 'agree' : 'disagree';
}

/**
 * Least Σ squares of `count` ratings summing to `sum` (as even as they go), and least with
 * not all of them equal; null when the sum alone forces every rating (all 1s or all 5s).
 */
function leastSquares(count: number, sum: number) {
  const base = Math.floor(sum / count);
  const over = sum - base * count;
  const least = (count - over) * base ** 2 + over * (base + 1) ** 2;
  const canDiffer = count >= 2 && sum > count * SCALE_MIN && sum < count * SCALE_MAX;
  // Even split: one rating down and one up costs (b − 1)² + (b + 1)² − 2b² = 2.
  return { least, leastVaried: canDiffer ? least + (over > 0 ? 0 : 2) : null };
}

/**
 * True when, for every rater reading the band, every statement where the others' answers could
 * differ (by its mean alone) can still differ inside the band. The band only bounds the sum of
 * the statements' variances, each free between its least and most, so the check is exact for
 * the statement means and the band together. "Disagree" is a lower bound: spreading a statement
 * further never leaves it, so only "agree" can pin the others to equal answers.
 */
export function mayShowAgreement(rows: AnswerRows): boolean {
  if (rows.length < AGREEMENT_MIN_RATERS) return false;
  const rwg = rwgJ(rows);
  if (rwg === null) return false;
  if (bandOfRwg(rwg) === 'disagree') return true;
  const columns = columnsOf(rows);
  const statements = ratedColumns(rows).length;
  const readers = new Map(rows.map((row) => [row.join(','), row]));
  return [...readers.values()].every((reader) => {
    const bounds = columns.flatMap((column, item) => {
      if (column.length < 2) return [];
      const own = reader[item] ?? null;
      const total = column.reduce((sum, value) => sum + value, 0);
      const { least, leastVaried } = leastSquares(
        column.length - (own === null ? 0 : 1),
        total - (own ?? 0),
      );
      const toVariance = (squares: number) =>
        (squares + (own ?? 0) ** 2 - total ** 2 / column.length) / (column.length - 1);
      return [
        {
          least: toVariance(least),
          leastVaried: leastVaried === null ? null : toVariance(leastVaried),
        },
      ];
    });
    const leastAll = bounds.reduce((sum, bound) => sum + bound.least, 0);
    return bounds.every(
      ({ least, leastVaried }) =>
        leastVaried === null ||
        bandOfRwg(rwgOfMeanVariance((leastAll - least + leastVaried) / statements, statements)) ===
          'agree',
    );
  });
}

export function discloseAgreement(rows: AnswerRows): AgreementBand | null {
  const rwg = rwgJ(rows);
  return rwg !== null && mayShowAgreement(rows) ? bandOfRwg(rwg) : null;
}
