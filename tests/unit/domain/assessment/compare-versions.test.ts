import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { itemBank } from '../../../../src/content/item-bank';
import {
  compareAssessments,
  largestItemChanges,
  MIN_SHARED_PER_SKILL,
} from '../../../../src/domain/assessment/compare-versions';
import { allItemIds, type ItemId } from '../../../../src/domain/instrument/instrument';
import { ratingValues } from '../../../../src/domain/instrument/scale';
import { skillIds } from '../../../../src/domain/instrument/skills';
import { uniformAnswers } from '../../support/answers';

const all = allItemIds();
const earlier = uniformAnswers({
  'executive-presence': 3,
  'strategic-thinking': 5,
  'data-driven-decisions': 2,
  'resilience-adaptability': 1,
});
const latest = uniformAnswers({
  'executive-presence': 4,
  'strategic-thinking': 2,
  'business-acumen': 4,
  'resilience-adaptability': 5,
});

function row(comparable: readonly ItemId[], skill: string) {
  return compareAssessments(earlier, latest, itemBank, comparable).find((r) => r.skill === skill);
}

describe('compareAssessments on the same version', () => {
  it('lists every skill in instrument order', () => {
    expect(compareAssessments(earlier, latest, itemBank, all).map((r) => r.skill)).toEqual(
      skillIds,
    );
  });

  it.each([
    ['executive-presence', 50, 75, 25, 'noise'],
    ['strategic-thinking', 100, 25, -75, 'real-fall'],
    ['resilience-adaptability', 0, 100, 100, 'real-rise'],
  ] as const)('reads %s from %d to %d (%d) as %s', (skill, before, after, change, reading) => {
    expect(row(all, skill)).toEqual({
      skill,
      before,
      after,
      change,
      shared: 6,
      total: 6,
      reading,
    });
  });

  it.each(['business-acumen', 'data-driven-decisions'])(
    'does not compare %s when one side has no answers',
    (skill) => {
      expect(row(all, skill)).toMatchObject({ change: null, reading: null, shared: 0 });
    },
  );
});

describe('compareAssessments across versions', () => {
  it('compares a skill on its shared statements only', () => {
    const answersBefore = { ...earlier, 'ep-1': 1 as const };
    const without = all.filter((id) => id !== 'ep-1');
    const result = compareAssessments(answersBefore, latest, itemBank, without).find(
      (r) => r.skill === 'executive-presence',
    );
    // ep-1's answer moved 1 → 4 but the statement was reworded: only ep-2…ep-6 count (3 → 4).
    expect(result).toMatchObject({ before: 50, after: 75, change: 25, shared: 5, total: 6 });
  });

  it(`refuses a skill with fewer than ${MIN_SHARED_PER_SKILL} shared statements`, () => {
    const comparable = all.filter((id) => !['ra-1', 'ra-2', 'ra-3', 'ra-4'].includes(id));
    expect(row(comparable, 'resilience-adaptability')).toMatchObject({
      before: 0,
      after: 100,
      change: null,
      reading: null,
      shared: 2,
    });
  });

  it('compares nothing when no statement is shared', () => {
    expect(compareAssessments(earlier, latest, itemBank, []).every((r) => r.change === null)).toBe(
      true,
    );
  });
});

describe('largestItemChanges', () => {
  it('names the statements that moved most, largest first, ties in bank order', () => {
    const before = { ...uniformAnswers({ 'data-driven-decisions': 3 }), 'dd-4': 1 as const };
    const after = { ...uniformAnswers({ 'data-driven-decisions': 3 }), 'dd-2': 5 as const };
    expect(largestItemChanges(before, after, itemBank, all, 3)).toEqual([
      { id: 'dd-2', skill: 'data-driven-decisions', before: 3, after: 5, change: 2 },
      { id: 'dd-4', skill: 'data-driven-decisions', before: 1, after: 3, change: 2 },
    ]);
  });

  it('never lists a reworded statement, however much its answer moved', () => {
    const changes = largestItemChanges(earlier, latest, itemBank, ['ep-1', 'ep-2'], 5);
    expect(changes.map((change) => change.id)).toEqual(['ep-1', 'ep-2']);
  });

  it('lists at most the limit, only real moves, sorted by size', () => {
    const answers = fc.dictionary(fc.constantFrom(...all), fc.constantFrom(...ratingValues));
    fc.assert(
      fc.property(answers, answers, fc.subarray(all), fc.nat(10), (a, b, comparable, limit) => {
        const changes = largestItemChanges(a, b, itemBank, comparable, limit);
        expect(changes.length).toBeLessThanOrEqual(limit);
        for (const change of changes) {
          expect(comparable).toContain(change.id);
          expect(change.change).not.toBe(0);
        }
        const sizes = changes.map((change) => Math.abs(change.change));
        expect(sizes).toEqual([...sizes].sort((x, y) => y - x));
      }),
    );
  });
});
