import { describe, expect, it } from 'vitest';
import {
  ITEMS_PER_SKILL,
  allItemIds,
  itemBankSchema,
  itemIdSchema,
  itemsForSkill,
  skillPrefixes,
  type Item,
} from '../../../../src/domain/instrument/instrument';
import { skillIds } from '../../../../src/domain/instrument/skills';

function bankItems(): Item[] {
  return skillIds.flatMap((skill) =>
    allItemIds()
      .filter((id) => id.startsWith(`${skillPrefixes[skill]}-`))
      .map((id) => ({ id, skill })),
  );
}

function issueMessages(value: unknown): string[] {
  const result = itemBankSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

describe('allItemIds', () => {
  it('gives 30 unique ids', () => {
    const ids = allItemIds();

    expect(ids).toHaveLength(30);
    expect(new Set(ids).size).toBe(30);
  });

  it.each(skillIds.map((skill) => [skill, skillPrefixes[skill]] as const))(
    'gives %s six ids with prefix %s',
    (_skill, prefix) => {
      const ids = allItemIds().filter((id) => id.startsWith(`${prefix}-`));

      expect(ITEMS_PER_SKILL).toBe(6);
      expect(ids).toEqual([1, 2, 3, 4, 5, 6].map((n) => `${prefix}-${n}`));
    },
  );

  it('lists the ids in skill order', () => {
    const prefixes = allItemIds().map((id) => id.split('-')[0]);

    expect([...new Set(prefixes)]).toEqual(skillIds.map((skill) => skillPrefixes[skill]));
  });

  it('gives only ids the item id schema accepts', () => {
    for (const id of allItemIds()) expect(itemIdSchema.safeParse(id).success).toBe(true);
  });
});

describe('itemIdSchema', () => {
  it.each(['ep-7', 'ep-0', 'xx-1', 'ep1', 'EP-1', ''])('refuses %j', (id) => {
    expect(itemIdSchema.safeParse(id).success).toBe(false);
  });
});

describe('itemBankSchema', () => {
  it('accepts a bank with every skill and unique ids', () => {
    expect(itemBankSchema.safeParse({ version: '1', items: bankItems() }).success).toBe(true);
  });

  it('refuses duplicate item ids', () => {
    const items = [...bankItems(), { id: 'ep-1', skill: 'executive-presence' }];

    expect(issueMessages({ version: '1', items })).toContain('item ids must be unique');
  });

  it('refuses a bank that leaves a skill without items', () => {
    const items = bankItems().filter((item) => item.skill !== 'business-acumen');

    expect(issueMessages({ version: '1', items })).toContain('every skill needs at least one item');
  });

  it.each([
    ['an empty version', { version: '', items: bankItems() }],
    ['no items', { version: '1', items: [] }],
    ['an unknown skill', { version: '1', items: [...bankItems(), { id: 'ep-1', skill: 'x' }] }],
  ])('refuses a bank with %s', (_case, bank) => {
    expect(itemBankSchema.safeParse(bank).success).toBe(false);
  });
});

describe('itemsForSkill', () => {
  it('gives the items of one skill in bank order', () => {
    const bank = itemBankSchema.parse({ version: '1', items: bankItems() });

    expect(itemsForSkill(bank, 'strategic-thinking').map((item) => item.id)).toEqual([
      'st-1',
      'st-2',
      'st-3',
      'st-4',
      'st-5',
      'st-6',
    ]);
  });
});
