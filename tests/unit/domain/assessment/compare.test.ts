import { describe, expect, it } from 'vitest';
import { itemBank } from '../../../../src/content/item-bank';
import { compareScores } from '../../../../src/domain/assessment/compare';
import { scoreAssessment } from '../../../../src/domain/assessment/scoring';
import { skillIds } from '../../../../src/domain/instrument/skills';
import { uniformAnswers } from '../../support/answers';

const earlier = scoreAssessment(
  uniformAnswers({
    'executive-presence': 3,
    'strategic-thinking': 5,
    'data-driven-decisions': 2,
  }),
  itemBank,
);
const latest = scoreAssessment(
  uniformAnswers({
    'executive-presence': 4,
    'strategic-thinking': 2,
    'business-acumen': 4,
  }),
  itemBank,
);

describe('compareScores', () => {
  it('lists every skill in instrument order', () => {
    expect(compareScores(earlier, latest).map((change) => change.skill)).toEqual(skillIds);
  });

  it.each([
    ['executive-presence', 50, 75, 25],
    ['strategic-thinking', 100, 25, -75],
  ] as const)('reports the change of %s from %d to %d as %d', (skill, before, after, change) => {
    expect(compareScores(earlier, latest).find((entry) => entry.skill === skill)).toEqual({
      skill,
      before,
      after,
      change,
    });
  });

  it.each([
    ['business-acumen', null, 75],
    ['data-driven-decisions', 25, null],
    ['resilience-adaptability', null, null],
  ] as const)('reports no change for %s when a side has no score', (skill, before, after) => {
    expect(compareScores(earlier, latest).find((entry) => entry.skill === skill)).toEqual({
      skill,
      before,
      after,
      change: null,
    });
  });

  it('reports zero change for identical scores', () => {
    const changes = compareScores(latest, latest).filter((entry) => entry.after !== null);

    expect(changes.map((entry) => entry.change)).toEqual([0, 0, 0]);
  });
});
