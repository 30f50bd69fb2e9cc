import { describe, expect, it } from 'vitest';
import { largestGaps } from '../../../../src/domain/review/largest-gaps';
import { build, respondMany, sheet } from './review-fixtures';

const peers = sheet({
  'executive-presence': 2,
  'strategic-thinking': 4,
  'business-acumen': 3,
  'data-driven-decisions': 3,
  'resilience-adaptability': 5,
});

describe('largestGaps', () => {
  it('lists the blind spots, widest gap first, leaving hidden strengths out', () => {
    const self = sheet({
      'executive-presence': 5,
      'strategic-thinking': 2,
      'business-acumen': 3,
      'data-driven-decisions': 5,
      'resilience-adaptability': 5,
    });
    const report = build({ self, responses: respondMany('peer', 3, peers) });
    expect(largestGaps(report, 3)).toEqual(['executive-presence', 'data-driven-decisions']);
    expect(largestGaps(report, 1)).toEqual(['executive-presence']);
  });

  it('finds none without a self-assessment to compare with', () => {
    expect(largestGaps(build({ responses: respondMany('peer', 3, peers) }), 3)).toEqual([]);
  });
});
