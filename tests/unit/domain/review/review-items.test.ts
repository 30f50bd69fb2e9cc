import { describe, expect, it } from 'vitest';
import { ITEM_HIGHLIGHT_COUNT } from '../../../../src/domain/review/review-rules';
import { build, respond, respondMany, sheet } from './review-fixtures';

const everything = {
  'executive-presence': 3,
  'strategic-thinking': 3,
  'business-acumen': 3,
  'data-driven-decisions': 3,
  'resilience-adaptability': 3,
} as const;

const peerSheet = sheet(everything, {
  'ep-1': 5,
  'st-2': 5,
  'ba-3': 5,
  'dd-4': 4,
  'ra-5': 4,
  'ra-6': 4,
  'ep-2': 1,
  'st-1': 1,
  'ba-1': 2,
  'dd-1': 2,
  'dd-2': 2,
  'ra-1': 2,
});
const selfSheet = sheet(everything, { 'ep-1': 1, 'st-1': 5, 'ba-3': 2, 'ra-1': 5, 'dd-1': 4 });
const report = build({ self: selfSheet, responses: respondMany('peer', 3, peerSheet) });
const ids = (items: readonly { itemId: string }[]) => items.map((item) => item.itemId);

describe('buildReviewReport: items', () => {
  it('reports others’ mean, how many rated it, the self answer and the signed gap', () => {
    expect(report.items.find((item) => item.itemId === 'ep-1')).toEqual({
      itemId: 'ep-1',
      skill: 'executive-presence',
      others: 5,
      othersCount: 3,
      groups: [{ group: 'peer', mean: 5 }],
      notObserved: 0,
      isHardToObserve: false,
      self: 1,
      gap: -4,
    });
  });

  it('lists all thirty items in item-bank order', () => {
    expect(report.items).toHaveLength(30);
    expect(report.items[0]?.itemId).toBe('ep-1');
    expect(report.items[29]?.itemId).toBe('ra-6');
  });

  it.each([
    ['two raters', 2, null, 0],
    ['three raters', 3, 4, 3],
  ])('shows an item rated by %s at threshold 3 as %s', (_label, raters, expected, count) => {
    const rated = respondMany('peer', raters, sheet({ 'executive-presence': 4 }));
    const unseen = respondMany('peer', 3 - raters, sheet({ 'executive-presence': 0 }));
    const item = build({ responses: [...rated, ...unseen] }).items[0];

    expect(item).toMatchObject({ others: expected, othersCount: count });
  });

  it('takes items only from shown non-manager groups', () => {
    const low = sheet({ 'executive-presence': 1 });
    const shown = build({
      responses: [
        respond('manager', low),
        ...respondMany('direct-report', 2, low),
        ...respondMany('peer', 3, sheet({ 'executive-presence': 5 })),
      ],
    });

    expect(shown.items[0]).toMatchObject({ others: 5, othersCount: 3 });
  });

  it('leaves out the ratings of a rater who does not count for the skill', () => {
    // Counted in the statement but not in the skill mean, the rating would be the difference.
    const shown = build({
      responses: [
        ...respondMany('peer', 3, sheet({ 'executive-presence': 4 })),
        respond('peer', sheet({ 'executive-presence': [1] })),
      ],
    });

    expect(shown.items[0]).toMatchObject({ others: 4, othersCount: 3, notObserved: 0 });
  });
});

describe('buildReviewReport: item highlights', () => {
  it('names the five highest items, ties in item-bank order', () => {
    expect(ids(report.highlights.highest)).toEqual(['ep-1', 'st-2', 'ba-3', 'dd-4', 'ra-5']);
  });

  it('names the five lowest items, lowest first, ties in item-bank order', () => {
    expect(ids(report.highlights.lowest)).toEqual(['ep-2', 'st-1', 'ba-1', 'dd-1', 'dd-2']);
  });

  it('names the five largest self–other gaps either way, keeping the sign', () => {
    expect(report.highlights.largestGaps.map((item) => [item.itemId, item.gap])).toEqual([
      ['ep-1', -4],
      ['st-1', 4],
      ['ba-3', -3],
      ['ra-1', 3],
      ['ep-2', 2],
    ]);
  });

  it('splits fewer than ten scored items in half so none is both highest and lowest', () => {
    const tied = build({ responses: respondMany('peer', 3, sheet({ 'executive-presence': 4 })) });

    expect(ids(tied.highlights.highest)).toEqual(['ep-1', 'ep-2', 'ep-3']);
    expect(ids(tied.highlights.lowest)).toEqual(['ep-4', 'ep-5', 'ep-6']);
  });

  it('never names more than five', () => {
    expect(report.highlights.highest).toHaveLength(ITEM_HIGHLIGHT_COUNT);
    expect(report.highlights.lowest).toHaveLength(ITEM_HIGHLIGHT_COUNT);
  });

  it('leaves out items where self and others agree exactly', () => {
    const agreed = build({
      self: sheet({ 'executive-presence': 4 }),
      responses: respondMany('peer', 3, sheet({ 'executive-presence': 4 })),
    });

    expect(agreed.highlights.largestGaps).toEqual([]);
  });

  it('has no highlights when no group is shown', () => {
    const hidden = build({
      self: selfSheet,
      responses: respondMany('peer', 2, peerSheet),
    });

    expect(hidden.highlights).toEqual({ highest: [], lowest: [], largestGaps: [] });
    expect(hidden.items.every((item) => item.others === null && item.gap === null)).toBe(true);
  });
});
