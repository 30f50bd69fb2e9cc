import { describe, expect, it } from 'vitest';
import { itemBank } from '../../../../src/content/item-bank';
import { scoreAssessment } from '../../../../src/domain/assessment/scoring';
import { answersFor, uniformAnswers } from '../../support/answers';

describe('scoreAssessment at level boundaries and ties', () => {
  it('keeps an overall of exactly 40 at Developing despite floating-point sums', () => {
    const score = scoreAssessment(
      {
        ...uniformAnswers({ 'executive-presence': 1, 'strategic-thinking': 1 }),
        ...answersFor('business-acumen', [4, 4, 4, 4, 3, 3]),
        ...answersFor('data-driven-decisions', [4, 4, 4, 4, 3, 3]),
        ...answersFor('resilience-adaptability', [4, 4, 4, 4, 3, 3]),
      },
      itemBank,
    );
    expect(score.overallIndex).toBe(40);
    expect(score.overallLevel).toBe('developing');
  });

  it('names tied priorities in the instrument order, never a strength twice', () => {
    const score = scoreAssessment(
      uniformAnswers({
        'executive-presence': 5,
        'strategic-thinking': 3,
        'business-acumen': 3,
        'data-driven-decisions': 3,
        'resilience-adaptability': 5,
      }),
      itemBank,
    );
    expect(score.strengths).toEqual(['executive-presence', 'resilience-adaptability']);
    expect(score.priorities).toEqual(['strategic-thinking', 'business-acumen']);
  });
});
