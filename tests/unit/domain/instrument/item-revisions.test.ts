import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allItemIds, type ItemId } from '../../../../src/domain/instrument/instrument';
import {
  comparableItemIds,
  retiredWordingVersion,
  rewordedSince,
  type ItemBankRevision,
} from '../../../../src/domain/instrument/item-revisions';

const all = allItemIds();
const history: ItemBankRevision[] = [
  { version: '1', changed: [] },
  { version: '2', changed: ['ep-1', 'st-2'] },
  { version: '3', changed: [] },
  { version: '4', changed: ['ep-1', 'ra-6'] },
];

describe('comparableItemIds', () => {
  it('shares every statement within one version', () => {
    expect(comparableItemIds(history, all, '2', '2')).toEqual(all);
  });

  it('leaves out everything reworded between the two, in either order', () => {
    const shared = comparableItemIds(history, all, '1', '4');
    expect(all.filter((id) => !shared.includes(id))).toEqual(['ep-1', 'st-2', 'ra-6']);
    expect(comparableItemIds(history, all, '4', '1')).toEqual(shared);
  });

  it('does not count a rewording made before both versions', () => {
    expect(comparableItemIds(history, all, '2', '3')).toEqual(all);
  });

  it('shares nothing with an unknown version', () => {
    expect(comparableItemIds(history, all, '1', '9.9')).toEqual([]);
  });

  it('is symmetric and never shares more than the ids given', () => {
    const versions = fc.constantFrom('1', '2', '3', '4', 'x');
    fc.assert(
      fc.property(versions, versions, (a, b) => {
        const shared = comparableItemIds(history, all, a, b);
        expect(comparableItemIds(history, all, b, a)).toEqual(shared);
        for (const id of shared) expect(all).toContain(id);
      }),
    );
  });
});

describe('retiredWordingVersion', () => {
  it.each([
    ['1', 'ep-1', '1'],
    ['2', 'ep-1', '3'],
    ['3', 'ep-1', '3'],
    ['4', 'ep-1', null],
    ['1', 'st-2', '1'],
    ['2', 'st-2', null],
    ['1', 'dd-1', null],
    ['unknown', 'ep-1', null],
  ] as const)('answers on %s read %s as worded in %s', (version, id: ItemId, wording) => {
    expect(retiredWordingVersion(history, version, id)).toBe(wording);
  });
});

describe('rewordedSince', () => {
  it('counts the statements reworded after a version', () => {
    expect(rewordedSince(history, all, '1')).toBe(3);
    expect(rewordedSince(history, all, '3')).toBe(2);
    expect(rewordedSince(history, all, '4')).toBe(0);
    expect(rewordedSince(history, all, 'unknown')).toBe(all.length);
  });
});
