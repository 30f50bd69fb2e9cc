import { describe, expect, it } from 'vitest';
import type { CatalogEntry } from '../../../../src/domain/plan/catalog';
import { defaultImportance } from '../../../../src/domain/plan/plan';
import {
  ADVANCED_FROM,
  buildRecommendations,
  chooseLevel,
  mixCounts,
  mixOrder,
  recommendForSkill,
} from '../../../../src/domain/plan/recommendations';
import { entry, importanceOf, priorityOf, selfScore } from './recommendation-fixtures';

const catalog: CatalogEntry[] = [
  entry('course-found-1', 'course', 'foundational'),
  entry('exp-found-1', 'experience', 'foundational'),
  entry('exp-adv-1', 'experience', 'advanced'),
  entry('exp-presence-only', 'experience', 'foundational', ['executive-presence']),
  entry('exp-found-2', 'experience', 'foundational', ['business-acumen', 'strategic-thinking']),
  entry('rel-found-1', 'relationship', 'foundational'),
  entry('exp-found-3', 'experience', 'foundational'),
  entry('reading-found-1', 'reading', 'foundational'),
  entry('program-adv-1', 'program', 'advanced'),
  entry('rel-adv-1', 'relationship', 'advanced'),
];

const idsOf = (list: { entryId: string }[]) => list.map((item) => item.entryId);

function recommend(index: number, list: CatalogEntry[] = catalog) {
  return recommendForSkill({
    skill: 'strategic-thinking',
    priority: priorityOf({ index }),
    catalog: list,
  });
}

describe('recommendForSkill', () => {
  it('orders a 70-20-10 mix: two experiences, one relationship, one formal', () => {
    const recommendations = recommend(40);

    expect(recommendations.map((r) => [r.entryId, r.mix])).toEqual([
      ['exp-found-1', 'experience'],
      ['exp-found-2', 'experience'],
      ['rel-found-1', 'relationship'],
      ['course-found-1', 'formal'],
    ]);
    expect(mixOrder).toEqual(['experience', 'relationship', 'formal']);
    expect(mixCounts).toEqual({ experience: 2, relationship: 1, formal: 1 });
  });

  it('keeps experiences first even when the catalog lists a course first', () => {
    const mixes = recommend(40).map((r) => mixOrder.indexOf(r.mix));

    expect(mixes).toEqual([...mixes].sort((a, b) => a - b));
  });

  it.each([
    [0, 'foundational'],
    [59.99, 'foundational'],
    [ADVANCED_FROM, 'advanced'],
    [100, 'advanced'],
  ] as const)('chooses %s-level entries for an index of %d', (index, level) => {
    expect(chooseLevel(index)).toBe(level);
  });

  it('recommends advanced entries from the proficient threshold on, fewer when few exist', () => {
    expect(idsOf(recommend(60))).toEqual(['exp-adv-1', 'rel-adv-1', 'program-adv-1']);
  });

  it('falls back to the other level for a mix that has none at the fitting level', () => {
    const list = [
      entry('exp-found-1', 'experience', 'foundational'),
      entry('rel-adv-1', 'relationship', 'advanced'),
      entry('rel-adv-2', 'relationship', 'advanced'),
      entry('course-found-1', 'course', 'foundational'),
    ];

    expect(idsOf(recommend(30, list))).toEqual(['exp-found-1', 'rel-adv-1', 'course-found-1']);
  });

  it('recommends fewer entries when the catalog lacks a mix', () => {
    const list = catalog.filter((item) => item.type === 'experience');

    expect(recommend(30, list).map((r) => r.mix)).toEqual(['experience', 'experience']);
  });

  it('recommends only entries that list the skill', () => {
    const ids = idsOf(recommend(30));

    expect(ids).not.toContain('exp-presence-only');
    expect(ids).toContain('exp-found-2');
  });

  it('gives the same mix for the same input and follows the catalog order', () => {
    const reversed = [...catalog].reverse();

    expect(recommend(40)).toEqual(recommend(40));
    expect(idsOf(recommend(40, reversed))).toEqual([
      'exp-found-3',
      'exp-found-2',
      'rel-found-1',
      'reading-found-1',
    ]);
  });

  it('counts an entry listed twice once', () => {
    const list = [catalog[1], catalog[1], catalog[6]].flatMap((item) => (item ? [item] : []));

    expect(idsOf(recommend(40, list))).toEqual(['exp-found-1', 'exp-found-3']);
  });

  it.each([
    [
      { kind: 'blind-spot', gap: 1, selfIndex: 75, othersIndex: 50 },
      { key: 'blindSpot', values: { gap: 25, count: 25, selfIndex: 75, othersIndex: 50 } },
    ],
    [
      { kind: 'low-score', index: 40, source: 'others', target: 75 },
      { key: 'lowScore', values: { index: 40, target: 75 } },
    ],
    [
      { kind: 'important', importance: 5 },
      { key: 'important', values: { importance: 5, index: 40 } },
    ],
    [
      { kind: 'hidden-strength', gap: -1.5, selfIndex: 50, othersIndex: 87.5 },
      { key: 'hiddenStrength', values: { gap: 38, count: 38, selfIndex: 50, othersIndex: 88 } },
    ],
  ] as const)('explains a lead reason %j as %j', (reason, why) => {
    const recommendations = recommendForSkill({
      skill: 'strategic-thinking',
      priority: priorityOf({ reasons: [reason, { kind: 'important', importance: 4 }] }),
      catalog,
    });

    expect(recommendations).toHaveLength(4);
    expect(recommendations.every((r) => r.skill === 'strategic-thinking')).toBe(true);
    expect(recommendations.map((r) => r.why)).toEqual(recommendations.map(() => why));
  });

  it('recommends nothing for a priority with no reason to name', () => {
    const recommendations = recommendForSkill({
      skill: 'strategic-thinking',
      priority: priorityOf({ index: 90, reasons: [] }),
      catalog,
    });

    expect(recommendations).toEqual([]);
  });
});

describe('buildRecommendations', () => {
  const self = selfScore({
    'executive-presence': 50,
    'strategic-thinking': 30,
    'business-acumen': 45,
    'data-driven-decisions': 70,
    'resilience-adaptability': 90,
  });

  it('recommends for the top three priority skills by default', () => {
    const result = buildRecommendations({
      self,
      review: null,
      importance: defaultImportance,
      catalog,
    });

    expect(result.priorities).toHaveLength(5);
    expect(result.bySkill.map((s) => s.skill)).toEqual([
      'strategic-thinking',
      'business-acumen',
      'executive-presence',
    ]);
    expect(idsOf(result.bySkill[0]?.recommendations ?? [])).toEqual(idsOf(recommend(30)));
  });

  it('keeps a skill the catalog does not cover, with no recommendations', () => {
    const result = buildRecommendations({
      self,
      review: null,
      importance: defaultImportance,
      catalog: catalog.filter((item) => item.id !== 'exp-presence-only'),
    });

    expect(result.bySkill[2]).toEqual({ skill: 'executive-presence', recommendations: [] });
  });

  it.each([0, 1, 2, 5])('recommends for at most %d skills when asked', (maxSkills) => {
    const result = buildRecommendations({
      self,
      review: null,
      importance: defaultImportance,
      catalog,
      maxSkills,
    });

    // Resilience (90, importance 3) has no reason to name, so at most four skills qualify.
    expect(result.bySkill).toHaveLength(Math.min(maxSkills, 4));
  });

  it('skips skills with nothing to name even when they rank', () => {
    const result = buildRecommendations({
      self: selfScore({ 'executive-presence': 90, 'strategic-thinking': 80 }),
      review: null,
      importance: importanceOf({ 'strategic-thinking': 5 }),
      catalog,
    });

    expect(result.priorities.map((p) => p.skill)).toEqual([
      'strategic-thinking',
      'executive-presence',
    ]);
    expect(result.bySkill.map((s) => s.skill)).toEqual(['strategic-thinking']);
    expect(result.bySkill[0]?.recommendations[0]?.why).toEqual({
      key: 'important',
      values: { importance: 5, index: 80 },
    });
  });
});
