import { describe, expect, it } from 'vitest';
import { itemBank } from '../../../../src/content/item-bank';
import type { Answers } from '../../../../src/domain/assessment/assessment';
import { ratingValues, type Rating } from '../../../../src/domain/instrument/scale';
import { mean, scoreSkill, toIndex } from '../../../../src/domain/assessment/scoring';
import { answersFor, uniformAnswers } from '../../support/answers';

describe('mean and toIndex', () => {
  it('has no mean for an empty list', () => {
    expect(mean([])).toBeNull();
  });

  it.each([
    [1, 0],
    [2, 25],
    [3, 50],
    [4, 75],
    [5, 100],
  ])('maps a mean of %d to an index of %d', (value, index) => {
    expect(toIndex(value)).toBe(index);
  });
});

describe('scoreSkill', () => {
  it('averages only the answered items of a skill', () => {
    const score = scoreSkill(
      answersFor('executive-presence', [5, 3]),
      itemBank,
      'executive-presence',
    );

    expect(score).toEqual({
      skill: 'executive-presence',
      mean: 4,
      index: 75,
      level: 'executive-ready',
      answered: 2,
      total: 6,
    });
  });

  it('ignores answers to items of other skills and to unknown items', () => {
    const answers: Answers = {
      ...answersFor('executive-presence', [2]),
      ...answersFor('strategic-thinking', [5, 5, 5]),
      'zz-1': 5,
    };

    const score = scoreSkill(answers, itemBank, 'executive-presence');

    expect(score.mean).toBe(2);
    expect(score.answered).toBe(1);
  });

  it('leaves a skill without answers unscored', () => {
    const score = scoreSkill(answersFor('business-acumen', [4]), itemBank, 'strategic-thinking');

    expect(score).toEqual({
      skill: 'strategic-thinking',
      mean: null,
      index: null,
      level: null,
      answered: 0,
      total: 6,
    });
  });

  it.each(ratingValues.map((rating) => [rating, toIndex(rating)] as const))(
    'gives a skill answered %d throughout an index of %d',
    (rating, index) => {
      const score = scoreSkill(
        uniformAnswers({ 'data-driven-decisions': rating }),
        itemBank,
        'data-driven-decisions',
      );

      expect(score.mean).toBe(rating);
      expect(score.index).toBe(index);
    },
  );

  it.each<[readonly Rating[], number, string]>([
    [[3, 2], 37.5, 'foundational'],
    [[3, 3, 3, 2, 2], 40, 'developing'],
    [[3, 4, 3, 4, 3, 3], 58.333, 'developing'],
    [[4, 4, 3, 3, 3], 60, 'proficient'],
    [[4, 4, 4, 4, 4, 3], 70.833, 'proficient'],
    [[5, 3], 75, 'executive-ready'],
  ])('scores ratings %j as an index of %d, level %s', (ratings, index, level) => {
    const score = scoreSkill(
      answersFor('resilience-adaptability', ratings),
      itemBank,
      'resilience-adaptability',
    );

    expect(score.index).toBeCloseTo(index, 3);
    expect(score.level).toBe(level);
  });
});
