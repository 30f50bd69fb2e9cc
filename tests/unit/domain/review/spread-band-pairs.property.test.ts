import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bandOfSd,
  mayShowSpreadBand,
  raterMeanValues,
} from '../../../../src/domain/review/review-disclosure';

const TOLERANCE = 1e-9;
const isValue = (value: number) => raterMeanValues.some((v) => Math.abs(v - value) < TOLERANCE);

function bandOf(means: readonly number[]) {
  const center = means.reduce((a, b) => a + b, 0) / means.length;
  const variance = means.reduce((total, v) => total + (v - center) ** 2, 0) / means.length;
  return bandOfSd(Math.sqrt(variance));
}

/**
 * The rule as its comment states it, pair by pair: rater k may read the band when two of the
 * others can trade value (same sum, both still possible means, a different pair) and the band
 * stays. The app counts the same pairs per pair of values; both must agree.
 */
function byEveryPair(means: readonly number[], threshold: number): boolean {
  if (means.length < threshold) return false;
  const band = bandOf(means);
  const tradable = (i: number, j: number) => {
    const a = means[i] ?? 0;
    const b = means[j] ?? 0;
    return raterMeanValues.some((next) => {
      const other = a + b - next;
      const same =
        (Math.abs(next - a) < TOLERANCE && Math.abs(other - b) < TOLERANCE) ||
        (Math.abs(next - b) < TOLERANCE && Math.abs(other - a) < TOLERANCE);
      if (same || !isValue(other)) return false;
      const moved = means.map((mean, k) => (k === i ? next : k === j ? other : mean));
      return bandOf(moved) === band;
    });
  };
  return means.every((_, k) =>
    means.some((_, i) => means.some((_, j) => i < j && i !== k && j !== k && tradable(i, j))),
  );
}

const someMeans = (max: number) =>
  fc.array(fc.constantFrom(...raterMeanValues), { minLength: 0, maxLength: max });

describe('whether a group’s spread band may be shown', () => {
  it('counts tradable pairs per pair of values exactly as the pair-by-pair rule', () => {
    fc.assert(
      fc.property(someMeans(9), fc.integer({ min: 0, max: 5 }), (means, threshold) => {
        expect(mayShowSpreadBand(means, threshold)).toBe(byEveryPair(means, threshold));
      }),
      { numRuns: 400 },
    );
  });

  it('agrees on groups of few distinct values, where one rater may be in every pair', () => {
    const fewValues = fc.array(fc.constantFrom(1, 5, 4.5, 13 / 3), { minLength: 2, maxLength: 8 });
    fc.assert(
      fc.property(fewValues, (means) => {
        expect(mayShowSpreadBand(means, 2)).toBe(byEveryPair(means, 2));
      }),
      { numRuns: 400 },
    );
  });

  it('shows a band only once every rater leaves the others a choice', () => {
    // Two 1s cannot trade (their sum forces both); one 4/3 has no partner of its own value.
    expect(mayShowSpreadBand([1, 1, 4 / 3], 3)).toBe(false);
    expect(mayShowSpreadBand([1, 1, 4 / 3, 4 / 3], 3)).toBe(true);
    expect(mayShowSpreadBand([1, 1, 4 / 3, 4 / 3], 5)).toBe(false);
  });
});
