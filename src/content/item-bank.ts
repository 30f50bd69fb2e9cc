import {
  allItemIds,
  itemBankSchema,
  skillPrefixes,
  type ItemBank,
} from '../domain/instrument/instrument';
import { skillIds } from '../domain/instrument/skills';

/** Bump when any item's meaning changes; saved answers record the version they answered. */
export const ITEM_BANK_VERSION = '2026.1';

/** The wording of each item lives in the locales (items.<id>.self / items.<id>.rater). */
export const itemBank: ItemBank = itemBankSchema.parse({
  version: ITEM_BANK_VERSION,
  items: allItemIds().map((id) => ({
    id,
    skill: skillIds.find((skill) => id.startsWith(`${skillPrefixes[skill]}-`)),
  })),
});
