import { ITEMS_PER_SKILL } from '../instrument/instrument';
import { SCALE_MAX, SCALE_MIN } from '../instrument/scale';
import {
  CLOSE_AGREEMENT_SD,
  DISAGREEMENT_SD,
  isAtLeast,
  minAnsweredForSkill,
} from './review-rules';
import type { SpreadBand } from './spread-band';

/**
 * The one rule for what a group's figures may show. The adversary is a rater in the group who
 * knows their own answers and reads every figure shown (report, shared file, exports).
 *
 * - The mean needs at least `threshold` raters. With it and their own mean, a rater learns the
 *   sum of the others' means, no more; only where that sum forces every value (everyone
 *   answered 5, or everyone 1) does the mean alone give answers away, and no rule can avoid it.
 * - An exact SD or range is never shown. With the mean, the SD and one's own value there are
 *   n − 1 unknowns and two equations; rater means only take a few values (sixths, fifths,
 *   quarters, thirds between 1 and 5), so even with more unknowns than equations the few
 *   values can leave a single answer. Three raters' mean, SD and range give all three away.
 * - Spread is shown as a band (close, mixed, apart) only when, for every rater in the group,
 *   another set of the others' means with the same sum falls in the same band; otherwise the
 *   band would narrow the others down to one set and is withheld.
 */

export function bandOfSd(sd: number): SpreadBand {
  if (isAtLeast(sd, DISAGREEMENT_SD)) return 'apart';
  return isAtLeast(sd, CLOSE_AGREEMENT_SD) ? 'mixed' : 'close';
}

export function mayShowMean(raters: number, threshold: number): boolean {
  return raters >= threshold;
}

/** Every value a rater's skill mean can take: the mean of 3 to 6 answers of 1–5. */
export const raterMeanValues: readonly number[] = (() => {
  const values = new Map<string, number>();
  for (let count = minAnsweredForSkill(ITEMS_PER_SKILL); count <= ITEMS_PER_SKILL; count += 1) {
    for (let sum = SCALE_MIN * count; sum <= SCALE_MAX * count; sum += 1) {
      values.set((sum / count).toFixed(9), sum / count);
    }
  }
  return [...values.values()].sort((a, b) => a - b);
})();

const TOLERANCE = 1e-9;
const isValue = (value: number) => raterMeanValues.some((v) => Math.abs(v - value) < TOLERANCE);

function bandOf(sum: number, squares: number, count: number): SpreadBand {
  const center = sum / count;
  return bandOfSd(Math.sqrt(Math.max(0, squares / count - center ** 2)));
}

/**
 * True when, whoever in the group reads it, the band leaves the others more than one possible
 * set of means: some pair of the others can trade value (sum kept, both still possible means,
 * a different pair of values) without leaving the band. The search is not exhaustive, so it can
 * only withhold too often, never show a band that pins the others down.
 */
export function mayShowSpreadBand(
  raterMeans: readonly number[],
  threshold: number,
  values: readonly number[] = raterMeanValues,
): boolean {
  const n = raterMeans.length;
  if (n < threshold) return false;
  const sum = raterMeans.reduce((total, value) => total + value, 0);
  const squares = raterMeans.reduce((total, value) => total + value * value, 0);
  const band = bandOf(sum, squares, n);
  const canTrade = (a: number, b: number) =>
    values.some((next) => {
      const other = a + b - next;
      const same =
        (Math.abs(next - a) < TOLERANCE && Math.abs(other - b) < TOLERANCE) ||
        (Math.abs(next - b) < TOLERANCE && Math.abs(other - a) < TOLERANCE);
      if (same || !isValue(other)) return false;
      const moved = squares - a * a - b * b + next * next + other * other;
      return bandOf(sum, moved, n) === band;
    });
  // Whether two raters' means can trade depends only on their values, and means take few
  // values: pairs are counted per pair of values, so a wave of 200 raters costs what 20 do.
  const raters = new Map<number, number>();
  for (const mean of raterMeans) raters.set(mean, (raters.get(mean) ?? 0) + 1);
  const tradablePartners = new Map<number, number>();
  for (const [a] of raters) {
    let partners = 0;
    for (const [b, count] of raters) if (canTrade(a, b)) partners += a === b ? count - 1 : count;
    tradablePartners.set(a, partners);
  }
  let pairs = 0;
  for (const [a, count] of raters) pairs += (count * (tradablePartners.get(a) ?? 0)) / 2;
  // Rater k reads the band safely when some tradable pair leaves k out: k is not in all of them.
  return [...raters.keys()].every((a) => (tradablePartners.get(a) ?? 0) < pairs);
}

export type DisclosedSpread = { status: 'band'; band: SpreadBand } | { status: 'withheld' };

export function discloseSpread(
  raterMeans: readonly number[],
  threshold: number,
  values: readonly number[] = raterMeanValues,
): DisclosedSpread {
  if (!mayShowSpreadBand(raterMeans, threshold, values)) return { status: 'withheld' };
  const n = raterMeans.length;
  const sum = raterMeans.reduce((total, value) => total + value, 0);
  const squares = raterMeans.reduce((total, value) => total + value * value, 0);
  return { status: 'band', band: bandOf(sum, squares, n) };
}
