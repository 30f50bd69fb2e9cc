import * as z from 'zod/mini';
import { skillIdSchema, skillIds, type SkillId } from './skills';

/** Item ids are `<skill prefix>-<1…6>`; the type lets translations be checked at compile time. */
export const skillPrefixes = {
  'executive-presence': 'ep',
  'strategic-thinking': 'st',
  'business-acumen': 'ba',
  'data-driven-decisions': 'dd',
  'resilience-adaptability': 'ra',
} as const satisfies Record<SkillId, string>;

/** Longest item-bank version a stored or linked record may name. */
export const MAX_INSTRUMENT_VERSION = 16;

export const ITEMS_PER_SKILL = 6;
const itemNumbers = ['1', '2', '3', '4', '5', '6'] as const;

export const itemIdSchema = z.templateLiteral([
  z.enum(Object.values(skillPrefixes)),
  '-',
  z.enum(itemNumbers),
]);
export type ItemId = z.infer<typeof itemIdSchema>;

export const itemSchema = z.object({
  id: itemIdSchema,
  skill: skillIdSchema,
});
export type Item = z.infer<typeof itemSchema>;

export const itemBankSchema = z
  .object({
    version: z.string().check(z.minLength(1)),
    items: z.array(itemSchema).check(z.minLength(1)),
  })
  .check(
    z.refine((bank) => new Set(bank.items.map((item) => item.id)).size === bank.items.length, {
      message: 'item ids must be unique',
    }),
    z.refine((bank) => skillIds.every((skill) => bank.items.some((item) => item.skill === skill)), {
      message: 'every skill needs at least one item',
    }),
  );
export type ItemBank = z.infer<typeof itemBankSchema>;

export function itemsForSkill(bank: ItemBank, skill: SkillId): Item[] {
  return bank.items.filter((item) => item.skill === skill);
}

/** A skill's six item ids, in order. */
export function itemIdsOf(skill: SkillId): ItemId[] {
  return itemNumbers.map((n): ItemId => `${skillPrefixes[skill]}-${n}`);
}

/** The full id list for the instrument: six items per skill, in skill order. */
export function allItemIds(): ItemId[] {
  return skillIds.flatMap(itemIdsOf);
}
