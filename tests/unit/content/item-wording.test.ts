import { describe, expect, it } from 'vitest';
import { ITEM_BANK_VERSION, itemBank, itemBankHistory } from '../../../src/content/item-bank';
import { statementKey } from '../../../src/content/item-wording';
import enPages from '../../../src/locales/en/pages.json';

describe('the item-bank history', () => {
  it('ends with the current version, and every version appears once', () => {
    expect(itemBankHistory.at(-1)?.version).toBe(ITEM_BANK_VERSION);
    const versions = itemBankHistory.map((revision) => revision.version);
    expect(new Set(versions).size).toBe(versions.length);
  });

  it('keeps the old wording of every statement a revision reworded', () => {
    const [first, second] = itemBankHistory;
    expect(first.changed).toEqual([]);
    expect(Object.keys(enPages.retiredItems.v2026_1).sort()).toEqual([...second.changed].sort());
    for (const id of second.changed) {
      expect(enPages.retiredItems.v2026_1[id].self).not.toBe(enPages.items[id].self);
      expect(enPages.retiredItems.v2026_1[id].rater).toContain('{{name}}');
    }
  });
});

describe('statementKey', () => {
  it('gives answers on 2026.1 the wording they were asked', () => {
    expect(statementKey('2026.1', 'ra-4', 'self')).toBe('retiredItems.v2026_1.ra-4.self');
    expect(statementKey('2026.1', 'ep-3', 'rater')).toBe('retiredItems.v2026_1.ep-3.rater');
  });

  it('gives today’s wording to statements that never changed', () => {
    expect(statementKey('2026.1', 'dd-1', 'self')).toBe('items.dd-1.self');
  });

  it.each(itemBank.items.map((item) => item.id))(
    'gives the current version and unknown versions today’s wording of %s',
    (id) => {
      expect(statementKey(ITEM_BANK_VERSION, id, 'rater')).toBe(`items.${id}.rater`);
      expect(statementKey('2099.9', id, 'self')).toBe(`items.${id}.self`);
    },
  );
});
