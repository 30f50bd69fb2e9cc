import { describe, expect, it } from 'vitest';
import {
  AGREEMENT_HIGH_MEAN,
  BLIND_SPOT_GAP,
  DISAGREEMENT_RANGE,
  DISAGREEMENT_SD,
  listReviewRules,
  reviewRuleIds,
} from '../../../../src/domain/review/review-rules';
import {
  classifyAgreement,
  isBlindSpot,
  isHiddenStrength,
  measureSpread,
} from '../../../../src/domain/review/review-stats';

describe('review rules', () => {
  it('states the thresholds the report explains', () => {
    expect({ BLIND_SPOT_GAP, AGREEMENT_HIGH_MEAN, DISAGREEMENT_SD, DISAGREEMENT_RANGE }).toEqual({
      BLIND_SPOT_GAP: 0.5,
      AGREEMENT_HIGH_MEAN: 3.5,
      DISAGREEMENT_SD: 1,
      DISAGREEMENT_RANGE: 2,
    });
  });

  it('lists every rule for the report page with the threshold as applied', () => {
    const rules = listReviewRules(2);

    expect(rules.map((rule) => rule.id)).toEqual(reviewRuleIds);
    expect(rules.find((rule) => rule.id === 'half-of-items')?.values).toEqual({ min: 3, of: 6 });
    expect(rules.find((rule) => rule.id === 'group-threshold')?.values).toEqual({ threshold: 3 });
    expect(listReviewRules(5).find((rule) => rule.id === 'comments')?.values).toEqual({
      threshold: 5,
    });
  });
});

describe('isBlindSpot and isHiddenStrength', () => {
  it.each([
    [0.5, true, false],
    [0.49, false, false],
    [0, false, false],
    [-0.49, false, false],
    [-0.5, false, true],
    [1.5, true, false],
  ])(
    'reads a self − others gap of %d as blind spot %s, hidden strength %s',
    (gap, blind, hidden) => {
      expect(isBlindSpot(gap)).toBe(blind);
      expect(isHiddenStrength(gap)).toBe(hidden);
    },
  );
});

describe('classifyAgreement', () => {
  it.each([
    [4, 3.5, 'over-rater'],
    [3.99, 3.5, 'in-agreement-high'],
    [3, 3.5, 'under-rater'],
    [3.01, 3.5, 'in-agreement-high'],
    [3.5, 3.5, 'in-agreement-high'],
    [3.5, 3.49, 'in-agreement-low'],
    [2, 2.2, 'in-agreement-low'],
    [1, 4.5, 'under-rater'],
    [5, 2, 'over-rater'],
    [null, 3, null],
    [3, null, null],
    [null, null, null],
  ])('classes self %s against others %s as %s', (self, others, type) => {
    expect(classifyAgreement(self, others)).toBe(type);
  });
});

describe('measureSpread', () => {
  it.each([
    [[2, 2, 4, 4], 1, 2, true],
    [[2, 3, 4], 0.8165, 2, true],
    [[2.01, 2.01, 3.99, 3.99], 0.99, 1.98, false],
    [[1, 5], 2, 4, true],
    [[3, 3.5, 4], 0.4082, 1, false],
    [[4], 0, 0, false],
  ])(
    'measures rater means %j as SD %d and range %d (disagreement: %s)',
    (means, sd, range, flag) => {
      const spread = measureSpread(means);

      expect(spread?.sd).toBeCloseTo(sd, 4);
      expect(spread?.range).toBeCloseTo(range, 9);
      expect(spread?.isDisagreement).toBe(flag);
      expect(spread?.raters).toBe(means.length);
    },
  );

  it('has no spread without raters', () => {
    expect(measureSpread([])).toBeNull();
  });
});
