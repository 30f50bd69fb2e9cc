import { describe, expect, it } from 'vitest';
import { itemBank } from '../../../../src/content/item-bank';
import {
  answeredCount,
  assessmentSteps,
  isAssessmentStep,
  itemNumber,
  nextStep,
  previousStep,
  stepNumber,
  unansweredItems,
} from '../../../../src/domain/assessment/assessment-steps';
import { skillIds } from '../../../../src/domain/instrument/skills';
import { answersFor } from '../../support/answers';

describe('assessment steps', () => {
  it('walks the skills in instrument order and ends with the review', () => {
    expect(assessmentSteps).toEqual([
      'executive-presence',
      'strategic-thinking',
      'business-acumen',
      'data-driven-decisions',
      'resilience-adaptability',
      'review',
    ]);
    expect(assessmentSteps.slice(0, -1)).toEqual(skillIds);
  });

  it.each([
    ['executive-presence', 1],
    ['business-acumen', 3],
    ['resilience-adaptability', 5],
    ['review', 6],
  ] as const)('numbers step %s as %d', (step, number) => {
    expect(stepNumber(step)).toBe(number);
  });

  it.each([
    ['executive-presence', 'strategic-thinking'],
    ['strategic-thinking', 'business-acumen'],
    ['business-acumen', 'data-driven-decisions'],
    ['data-driven-decisions', 'resilience-adaptability'],
    ['resilience-adaptability', 'review'],
    ['review', null],
  ] as const)('goes from %s to %s', (step, next) => {
    expect(nextStep(step)).toBe(next);
  });

  it.each([
    ['executive-presence', null],
    ['strategic-thinking', 'executive-presence'],
    ['business-acumen', 'strategic-thinking'],
    ['data-driven-decisions', 'business-acumen'],
    ['resilience-adaptability', 'data-driven-decisions'],
    ['review', 'resilience-adaptability'],
  ] as const)('goes back from %s to %s', (step, previous) => {
    expect(previousStep(step)).toBe(previous);
  });

  it.each([
    ['review', true],
    ['strategic-thinking', true],
    ['summary', false],
    ['', false],
    [undefined, false],
  ] as const)('recognises %j as a step: %s', (value, expected) => {
    expect(isAssessmentStep(value)).toBe(expected);
  });
});

describe('unansweredItems', () => {
  it('lists every item when nothing is answered', () => {
    expect(unansweredItems(itemBank, {})).toEqual(itemBank.items);
  });

  it('lists the items without an answer in bank order', () => {
    const answers = {
      ...answersFor('executive-presence', [4]),
      ...answersFor('strategic-thinking', [2, 3]),
    };

    const unanswered = unansweredItems(itemBank, answers);

    expect(unanswered).toHaveLength(27);
    expect(unanswered.map((item) => item.id).slice(0, 6)).toEqual([
      'ep-2',
      'ep-3',
      'ep-4',
      'ep-5',
      'ep-6',
      'st-3',
    ]);
    expect(unanswered.some((item) => item.id in answers)).toBe(false);
  });

  it('lists nothing once every item is answered', () => {
    const answers = Object.fromEntries(itemBank.items.map((item) => [item.id, 3] as const));

    expect(unansweredItems(itemBank, answers)).toEqual([]);
  });
});

describe('answeredCount', () => {
  it.each([
    ['executive-presence', 2],
    ['strategic-thinking', 1],
    ['business-acumen', 0],
  ] as const)('counts the answered items of %s as %d', (skill, count) => {
    const answers = {
      'ep-1': 4,
      'ep-3': 5,
      'st-2': 1,
    } as const;

    expect(answeredCount(itemBank, skill, answers)).toBe(count);
  });
});

describe('itemNumber', () => {
  it.each([
    ['ep-1', 1],
    ['ep-6', 6],
    ['st-1', 7],
    ['dd-4', 22],
    ['ra-6', 30],
  ])('numbers item %s as %d in the whole instrument', (itemId, number) => {
    expect(itemNumber(itemBank, itemId)).toBe(number);
  });
});
