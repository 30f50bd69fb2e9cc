import { describe, expect, it } from 'vitest';
import { defaultImportance } from '../../../../src/domain/plan/plan';
import {
  BLIND_SPOT_BONUS,
  HIDDEN_STRENGTH_RELIEF,
  IMPORTANT_FROM,
  LOW_SCORE_BELOW,
  NEUTRAL_IMPORTANCE,
  rankPriorities,
  scoreNeed,
  type PriorityReason,
} from '../../../../src/domain/plan/priorities';
import { importanceOf, selfScore } from './recommendation-fixtures';
import { build, respondMany, sheet } from '../review/review-fixtures';

describe('rankPriorities', () => {
  it('puts the largest need first and breaks ties by skill order', () => {
    const priorities = rankPriorities({
      self: selfScore({
        'executive-presence': 80,
        'strategic-thinking': 30,
        'business-acumen': 55,
        'data-driven-decisions': 55,
        'resilience-adaptability': 90,
      }),
      review: null,
      importance: defaultImportance,
    });

    expect(priorities.map((p) => [p.rank, p.skill, p.need])).toEqual([
      [1, 'strategic-thinking', 70],
      [2, 'business-acumen', 45],
      [3, 'data-driven-decisions', 45],
      [4, 'executive-presence', 20],
      [5, 'resilience-adaptability', 10],
    ]);
  });

  it('leaves out skills that nobody has scored', () => {
    const priorities = rankPriorities({
      self: selfScore({ 'business-acumen': 50 }),
      review: null,
      importance: defaultImportance,
    });

    expect(priorities.map((p) => p.skill)).toEqual(['business-acumen']);
  });

  it('ranks nothing without an assessment or a 360', () => {
    expect(rankPriorities({ self: null, review: null, importance: defaultImportance })).toEqual([]);
  });

  it('lets importance outweigh a slightly lower score', () => {
    const priorities = rankPriorities({
      self: selfScore({ 'executive-presence': 40, 'strategic-thinking': 50 }),
      review: null,
      importance: importanceOf({ 'strategic-thinking': 5 }),
    });

    expect(priorities.map((p) => [p.skill, p.need])).toEqual([
      ['strategic-thinking', 83.333333],
      ['executive-presence', 60],
    ]);
  });

  it('states the constants behind the need score', () => {
    expect({
      NEUTRAL_IMPORTANCE,
      IMPORTANT_FROM,
      LOW_SCORE_BELOW,
      BLIND_SPOT_BONUS,
      HIDDEN_STRENGTH_RELIEF,
    }).toEqual({
      NEUTRAL_IMPORTANCE: 3,
      IMPORTANT_FROM: 4,
      LOW_SCORE_BELOW: 75,
      BLIND_SPOT_BONUS: 15,
      HIDDEN_STRENGTH_RELIEF: 10,
    });
  });

  const blindSpot: PriorityReason = { kind: 'blind-spot', gap: 1, selfIndex: 75, othersIndex: 50 };
  const hidden: PriorityReason = {
    kind: 'hidden-strength',
    gap: -1,
    selfIndex: 50,
    othersIndex: 75,
  };

  it.each([
    [50, 3, [], 50],
    [50, 5, [], 83.333333],
    [50, 1, [], 16.666667],
    [40, 3, [blindSpot], 75],
    [70, 3, [hidden], 20],
    [95, 3, [hidden], 0],
    [100, 5, [], 0],
  ] as const)(
    'gives an index of %d at importance %d with reasons %j a need of %d',
    (index, importance, reasons, need) => {
      expect(scoreNeed(index, importance, [...reasons])).toBe(need);
    },
  );

  it.each([
    [74.99, true],
    [75, false],
    [20, true],
  ])('names a self index of %d as a low score: %s', (index, isLow) => {
    const [priority] = rankPriorities({
      self: selfScore({ 'business-acumen': index }),
      review: null,
      importance: defaultImportance,
    });

    const expected = { kind: 'low-score', index, source: 'self', target: 75 };
    expect(priority?.reasons).toEqual(isLow ? [expected] : []);
  });

  it.each([
    [3, false],
    [4, true],
    [5, true],
  ])('names importance %d as important: %s', (importance, isImportant) => {
    const [priority] = rankPriorities({
      self: selfScore({ 'business-acumen': 90 }),
      review: null,
      importance: importanceOf({ 'business-acumen': importance }),
    });

    expect(priority?.reasons).toEqual(isImportant ? [{ kind: 'important', importance }] : []);
  });

  it("prefers others' view to the self-assessment when a 360 shows it", () => {
    const review = build({ responses: respondMany('peer', 3, sheet({ 'business-acumen': 3 })) });
    const priorities = rankPriorities({
      self: selfScore({ 'business-acumen': 90 }),
      review,
      importance: defaultImportance,
    });

    expect(priorities).toEqual([
      expect.objectContaining({ skill: 'business-acumen', index: 50, source: 'others' }),
    ]);
  });

  it('falls back to the self-assessment while the 360 withholds others', () => {
    const review = build({ responses: respondMany('peer', 2, sheet({ 'business-acumen': 3 })) });
    const [priority] = rankPriorities({
      self: selfScore({ 'business-acumen': 90 }),
      review,
      importance: defaultImportance,
    });

    expect(priority).toMatchObject({ index: 90, source: 'self' });
  });

  it('names a blind spot with its gap and both indices, and adds the bonus', () => {
    const review = build({
      self: sheet({ 'executive-presence': 4 }),
      responses: respondMany('peer', 3, sheet({ 'executive-presence': 3 })),
    });
    const [priority] = rankPriorities({ self: null, review, importance: defaultImportance });

    expect(priority?.reasons).toEqual([
      { kind: 'blind-spot', gap: 1, selfIndex: 75, othersIndex: 50 },
      { kind: 'low-score', index: 50, source: 'others', target: 75 },
    ]);
    expect(priority?.need).toBe(50 + BLIND_SPOT_BONUS);
  });

  it('names a hidden strength with its gap and lowers the need', () => {
    const review = build({
      self: sheet({ 'executive-presence': 3 }),
      responses: respondMany('peer', 3, sheet({ 'executive-presence': 4 })),
    });
    const [priority] = rankPriorities({ self: null, review, importance: defaultImportance });

    expect(priority?.reasons).toEqual([
      { kind: 'hidden-strength', gap: -1, selfIndex: 50, othersIndex: 75 },
    ]);
    expect(priority?.need).toBe(25 - HIDDEN_STRENGTH_RELIEF);
  });

  it('lets a blind spot outrank a slightly lower score seen the same way by all', () => {
    const mixed = [3, 3, 3, 2, 2, 2] as const;
    const review = build({
      self: sheet({ 'executive-presence': 4, 'strategic-thinking': mixed }),
      responses: respondMany(
        'peer',
        3,
        sheet({ 'executive-presence': 3, 'strategic-thinking': mixed }),
      ),
    });
    const priorities = rankPriorities({ self: null, review, importance: defaultImportance });

    expect(priorities.map((p) => [p.skill, p.index, p.need])).toEqual([
      ['executive-presence', 50, 65],
      ['strategic-thinking', 37.5, 62.5],
    ]);
  });
});
