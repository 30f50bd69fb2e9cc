import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bandOfSd,
  discloseSpread,
  raterMeanValues,
  type DisclosedSpread,
} from '../../../../src/domain/review/review-disclosure';
import type { RaterAnswer } from '../../../../src/domain/instrument/scale';
import { findLeak, shownEquations } from './cross-view-fixtures';
import { isDetermined } from './linear-disclosure';
import { build, respond, sheet, skillOf } from './review-fixtures';

const TOLERANCE = 1e-9;

/** A rater's skill mean as the report counts it: 3 or more of the 6 answered, else nothing. */
function raterMean(answers: readonly RaterAnswer[]): number | null {
  const rated = answers.filter((answer) => answer !== 0);
  return rated.length < 3 ? null : rated.reduce((a, b) => a + b, 0) / rated.length;
}

function sdOf(values: readonly number[]): number {
  const center = values.reduce((a, b) => a + b, 0) / values.length;
  return Math.sqrt(values.reduce((total, v) => total + (v - center) ** 2, 0) / values.length);
}

/** Every multiset of `count` possible rater means summing to `sum`, by brute force. */
function multisetsSumming(count: number, sum: number, from = 0): number[][] {
  if (count === 0) return Math.abs(sum) < TOLERANCE ? [[]] : [];
  return raterMeanValues
    .slice(from)
    .flatMap((value, offset) =>
      value * count > sum + TOLERANCE
        ? []
        : multisetsSumming(count - 1, sum - value, from + offset).map((rest) => [value, ...rest]),
    );
}

/**
 * How many sets of the others' means fit what rater `k` sees: their own mean, the shown mean
 * (through the sum) and the shown spread. Mean only: the same count without the spread.
 */
function candidates(means: readonly number[], k: number, shown: DisclosedSpread) {
  const own = means[k] ?? 0;
  const total = means.reduce((a, b) => a + b, 0);
  const sets = multisetsSumming(means.length - 1, total - own);
  const fitting = sets.filter(
    (others) => shown.status === 'withheld' || bandOfSd(sdOf([own, ...others])) === shown.band,
  );
  return { meanOnly: sets.length, shown: fitting.length };
}

const answer = fc.constantFrom<RaterAnswer>(0, 1, 2, 3, 4, 5);
const rater = fc.array(answer, { minLength: 6, maxLength: 6 });

describe('no shown figure lets a rater solve for another (property)', () => {
  it('leaves every other rater more than one possible set of means unless the mean alone forces it', () => {
    fc.assert(
      fc.property(fc.array(rater, { minLength: 3, maxLength: 4 }), (group) => {
        const means = group.flatMap((answers) => {
          const value = raterMean(answers);
          return value === null ? [] : [value];
        });
        const responses = group.map((answers) =>
          respond('peer', sheet({ 'executive-presence': answers })),
        );
        const report = build({ responses });
        const skill = skillOf(report);
        // Statement means next to the skill mean: no rater's mean or answer solvable either.
        expect(findLeak(shownEquations(report, responses), responses, isDetermined)).toBeNull();
        // Below five raters r_wg is never shown: with the means it would bound each variance.
        expect(skill.agreementIndex).toBeNull();
        if (means.length < 3) {
          expect(skill.others).toBeNull();
          return;
        }
        const shown = discloseSpread(means, 3);
        // What the report shows is exactly what the rule decides, nothing more.
        expect(skill.spread).toEqual(shown);
        expect(Object.keys(skill.others ?? {}).sort()).toEqual(['index', 'mean', 'raters']);
        means.forEach((_, k) => {
          const { meanOnly, shown: left } = candidates(means, k, shown);
          if (meanOnly > 1) expect(left).toBeGreaterThan(1);
        });
      }),
      { numRuns: 60 },
    );
  }, 60_000);

  it('catches a rule that shows the exact SD', () => {
    // The oracle must be able to fail: with the exact SD, three raters are solved outright.
    const means = [3, 4, 5];
    const exact = (others: number[]) => Math.abs(sdOf([4, ...others]) - sdOf(means)) < TOLERANCE;
    const left = multisetsSumming(2, 8).filter(exact);
    expect(left).toEqual([[3, 5]]);
  });
});
