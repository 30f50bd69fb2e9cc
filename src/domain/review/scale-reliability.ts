import {
  isAtLeast,
  RELIABILITY_ACCEPTABLE,
  RELIABILITY_GOOD,
  RELIABILITY_MIN_RATERS,
} from './review-rules';

export const reliabilityBands = ['well', 'acceptably', 'poorly'] as const;
/** How well a skill's statements agree with each other: about the statements, not the person. */
export type ReliabilityBand = (typeof reliabilityBands)[number];

/** Sample variance (n − 1); α's ratio is the same with either, as long as both sides use one. */
function variance(values: readonly number[]): number {
  const center = values.reduce((sum, value) => sum + value, 0) / values.length;
  return values.reduce((sum, value) => sum + (value - center) ** 2, 0) / (values.length - 1);
}

/**
 * Cronbach's α over complete answer rows (one per rater, one column per statement):
 * k / (k − 1) · (1 − Σ statement variances / variance of the raters' totals). Null when it is
 * undefined: fewer than two raters or statements, or every rater's total the same.
 */
export function cronbachAlpha(rows: readonly (readonly number[])[]): number | null {
  const k = rows[0]?.length ?? 0;
  if (rows.length < 2 || k < 2 || rows.some((row) => row.length !== k)) return null;
  const columns = Array.from({ length: k }, (_, item) => rows.map((row) => row[item] ?? 0));
  const itemVariance = columns.reduce((sum, column) => sum + variance(column), 0);
  const totalVariance = variance(rows.map((row) => row.reduce((sum, value) => sum + value, 0)));
  // A constant total leaves α 0/0 or −∞: nothing to read, however the statements varied.
  if (totalVariance <= 1e-12) return null;
  return (k / (k - 1)) * (1 - itemVariance / totalVariance);
}

export function bandOfAlpha(alpha: number): ReliabilityBand {
  if (isAtLeast(alpha, RELIABILITY_GOOD)) return 'well';
  return isAtLeast(alpha, RELIABILITY_ACCEPTABLE) ? 'acceptably' : 'poorly';
}

/**
 * α is shown only from `RELIABILITY_MIN_RATERS` complete rows. "Not observed" and blank
 * answers leave a rater's row out (listwise), since α needs every rater on every statement.
 * Too few rows and an undefined α are withheld alike: a distinct reason would tell a reader
 * that every rater's total was the same, which with the mean gives each rater's mean away.
 */
export function discloseAlpha(rows: readonly (readonly number[])[]): number | null {
  if (rows.length < RELIABILITY_MIN_RATERS) return null;
  return cronbachAlpha(rows);
}
