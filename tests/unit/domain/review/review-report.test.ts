import { describe, expect, it } from 'vitest';
import type { CategoryVisibility } from '../../../../src/domain/review/review-groups';
import type { RaterAnswer } from '../../../../src/domain/instrument/scale';
import { skillIds } from '../../../../src/domain/instrument/skills';
import { build, groupOf, respond, respondMany, sheet, skillOf } from './review-fixtures';

type Status = CategoryVisibility['status'];

function statusOf(report: ReturnType<typeof build>, category: string): Status | undefined {
  return report.counts.find((count) => count.category === category)?.visibility.status;
}

function responsesFor(peers: number, directs: number, others: number) {
  return [
    ...respondMany('peer', peers),
    ...respondMany('direct-report', directs),
    ...respondMany('other', others),
  ];
}

describe('buildReviewReport: which groups are shown', () => {
  it.each([
    // peers, directs, others, threshold, peer, direct-report, other, pool
    [2, 0, 0, 3, 'withheld', 'no-responses', 'no-responses', 'withheld'],
    [3, 0, 0, 3, 'shown', 'no-responses', 'no-responses', 'empty'],
    [4, 0, 0, 3, 'shown', 'no-responses', 'no-responses', 'empty'],
    [3, 0, 0, 4, 'withheld', 'no-responses', 'no-responses', 'withheld'],
    [4, 0, 0, 4, 'shown', 'no-responses', 'no-responses', 'empty'],
    [4, 0, 0, 5, 'withheld', 'no-responses', 'no-responses', 'withheld'],
    [5, 0, 0, 5, 'shown', 'no-responses', 'no-responses', 'empty'],
    [2, 0, 1, 3, 'pooled', 'no-responses', 'pooled', 'shown'],
    [2, 1, 3, 3, 'pooled', 'pooled', 'shown', 'shown'],
    [1, 1, 0, 3, 'withheld', 'withheld', 'no-responses', 'withheld'],
    [2, 1, 0, 4, 'withheld', 'withheld', 'no-responses', 'withheld'],
    [3, 2, 2, 4, 'pooled', 'pooled', 'pooled', 'shown'],
    [4, 4, 2, 4, 'shown', 'shown', 'withheld', 'withheld'],
  ] as const)(
    'with %d peers, %d direct reports and %d others at threshold %d shows peers %s, direct reports %s, others %s and the pool %s',
    (peers, directs, others, threshold, peer, direct, other, pool) => {
      const report = build({ responses: responsesFor(peers, directs, others), threshold });

      expect(statusOf(report, 'peer')).toBe(peer);
      expect(statusOf(report, 'direct-report')).toBe(direct);
      expect(statusOf(report, 'other')).toBe(other);
      expect(report.pool.status).toBe(pool);
    },
  );

  it('lists shown groups in category order with the pool last', () => {
    const report = build({ responses: responsesFor(2, 3, 1) });

    expect(report.shownGroups).toEqual(['direct-report', 'pool']);
  });

  it('gives the counts behind a pool that misses the threshold', () => {
    const report = build({ responses: responsesFor(2, 0, 0) });

    expect(report.pool).toEqual({
      status: 'withheld',
      reason: 'pool-below-threshold',
      categories: ['peer'],
      responded: 2,
      threshold: 3,
    });
    expect(report.counts.find((count) => count.category === 'peer')).toEqual({
      category: 'peer',
      responded: 2,
      visibility: { status: 'withheld', reason: 'pool-below-threshold', pooled: 2, threshold: 3 },
    });
  });

  it.each([
    [2, 3],
    [0, 3],
    [Number.NaN, 3],
    [3.5, 4],
    [5, 5],
  ])('applies a requested threshold of %d as %d', (requested, applied) => {
    expect(build({ threshold: requested }).threshold).toBe(applied);
  });

  it('never shows two peers even when the owner asks for a threshold of 2', () => {
    const report = build({ responses: responsesFor(2, 0, 0), threshold: 2 });

    expect(statusOf(report, 'peer')).toBe('withheld');
    expect(skillOf(report).others).toBeNull();
  });

  it('counts a response imported twice once', () => {
    const twice = respond('peer', sheet({ 'executive-presence': 4 }));
    const report = build({ responses: [twice, twice, respond('peer', sheet({}))] });

    expect(statusOf(report, 'peer')).toBe('withheld');
    expect(report.counts.find((count) => count.category === 'peer')?.responded).toBe(2);
  });

  it('counts the subject once when a self view is given and the manager as attributed', () => {
    const report = build({
      self: sheet({ 'executive-presence': 3 }),
      responses: [respond('manager', sheet({ 'executive-presence': 4 }))],
    });

    expect(report.counts).toEqual([
      { category: 'self', responded: 1, visibility: { status: 'attributed' } },
      { category: 'manager', responded: 1, visibility: { status: 'attributed' } },
      { category: 'peer', responded: 0, visibility: { status: 'no-responses' } },
      { category: 'direct-report', responded: 0, visibility: { status: 'no-responses' } },
      { category: 'other', responded: 0, visibility: { status: 'no-responses' } },
    ]);
  });
});

describe('buildReviewReport: who counts for a skill', () => {
  const full = sheet({ 'executive-presence': 4 });
  const partial = (answers: readonly RaterAnswer[]) => sheet({ 'executive-presence': answers });

  it.each([
    ['2 of 6 items answered, the rest missing', partial([1, 1]), null, 2],
    ['2 of 6 items answered, 4 not observed', partial([1, 1, 0, 0, 0, 0]), null, 2],
    ['3 of 6 items answered, the rest missing', partial([1, 1, 1]), 3, 3],
    ['3 of 6 items answered, 3 not observed', partial([0, 1, 0, 1, 0, 1]), 3, 3],
  ])('with a third peer who has %s, the peer mean is %s', (_label, third, expected, raters) => {
    const report = build({ responses: [...respondMany('peer', 2, full), respond('peer', third)] });
    const peers = groupOf(skillOf(report), 'peer');

    if (expected === null) {
      expect(peers).toEqual({
        group: 'peer',
        status: 'withheld',
        reason: 'too-few-for-skill',
        raters: raters,
        threshold: 3,
      });
    } else {
      expect(peers).toMatchObject({ status: 'shown', mean: expected, raters });
    }
  });

  it('leaves "Not observed" out of every average', () => {
    const report = build({
      self: sheet({ 'executive-presence': [5, 5, 5, 0, 0, 0] }),
      responses: respondMany('peer', 3, sheet({ 'executive-presence': [5, 5, 5, 0, 0, 0] })),
    });
    const skill = skillOf(report);

    expect(skill.self?.mean).toBe(5);
    expect(skill.others?.mean).toBe(5);
    expect(report.items.find((item) => item.itemId === 'ep-4')).toMatchObject({
      others: null,
      othersCount: 0,
      self: null,
    });
  });

  it('applies the half-the-items rule to the self view too', () => {
    const report = build({ self: sheet({ 'executive-presence': [5, 5] }) });

    expect(skillOf(report).self).toBeNull();
  });

  it('scores every skill in instrument order', () => {
    expect(build().skills.map((skill) => skill.skill)).toEqual(skillIds);
  });
});

describe('buildReviewReport: self against others', () => {
  const othersAt = (answers: readonly RaterAnswer[]) =>
    respondMany('peer', 3, sheet({ 'executive-presence': answers }));

  it.each([
    // self answers, others' answers, gap, blind spot, hidden strength, agreement
    [[4, 4, 4, 4, 4, 4], [3, 3, 3, 4, 4, 4], 0.5, true, false, 'over-rater'],
    [[3, 3, 3, 3, 3, 3], [3, 3, 3, 4, 4, 4], -0.5, false, true, 'under-rater'],
    [[4, 4, 4, 4, 4, 3], [3, 3, 3, 4, 4, 4], 1 / 3, false, false, 'in-agreement-high'],
    [[3, 3, 3, 3, 3, 3], [3, 3, 3, 3, 4, 4], -1 / 3, false, false, 'in-agreement-low'],
    // 26/6 − 23/6 is 0.49999999999999956 in floating point; the rule still sees 0.5.
    [[5, 5, 4, 4, 4, 4], [4, 4, 4, 4, 4, 3], 0.5, true, false, 'over-rater'],
  ] as const)(
    'compares self %j with others %j: gap %d, blind spot %s, hidden strength %s, %s',
    (self, others, gap, blindSpot, hiddenStrength, agreement) => {
      const skill = skillOf(
        build({ self: sheet({ 'executive-presence': self }), responses: othersAt(others) }),
      );

      expect(skill.gap).toBeCloseTo(gap, 9);
      expect(skill.gapIndex).toBeCloseTo(gap * 25, 5);
      expect(skill.isBlindSpot).toBe(blindSpot);
      expect(skill.isHiddenStrength).toBe(hiddenStrength);
      expect(skill.agreement).toBe(agreement);
    },
  );

  it('accepts a "self" rater response with not-observed answers as the self view', () => {
    const skill = skillOf(
      build({
        self: sheet({ 'executive-presence': [5, 0, 5, 0, 5, 0] }),
        responses: othersAt([4, 4, 4, 4, 4, 4]),
      }),
    );

    expect(skill.self).toEqual({ mean: 5, index: 100 });
    expect(skill.gap).toBe(1);
  });
});
