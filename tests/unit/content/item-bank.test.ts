import { describe, expect, it } from 'vitest';
import { ITEM_BANK_VERSION, itemBank } from '../../../src/content/item-bank';
import {
  allItemIds,
  itemBankSchema,
  skillPrefixes,
} from '../../../src/domain/instrument/instrument';
import { skillIds } from '../../../src/domain/instrument/skills';

describe('itemBank', () => {
  it('carries the current instrument version', () => {
    expect(ITEM_BANK_VERSION).not.toBe('');
    expect(itemBank.version).toBe(ITEM_BANK_VERSION);
  });

  it('holds the 30 items of the instrument in order', () => {
    expect(itemBank.items).toHaveLength(30);
    expect(itemBank.items.map((item) => item.id)).toEqual(allItemIds());
  });

  it.each(skillIds)('gives %s six items whose ids carry its prefix', (skill) => {
    const items = itemBank.items.filter((item) => item.skill === skill);

    expect(items).toHaveLength(6);
    for (const item of items) expect(item.id.startsWith(`${skillPrefixes[skill]}-`)).toBe(true);
  });

  it('passes its own schema', () => {
    expect(itemBankSchema.safeParse(itemBank).success).toBe(true);
  });
});
