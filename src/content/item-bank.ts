import { itemIdsOf, type ItemBank } from '../domain/instrument/instrument';
import type { ItemBankRevision } from '../domain/instrument/item-revisions';
import { skillIds } from '../domain/instrument/skills';

/**
 * Every release of the bank, oldest first, with the statements it reworded. Ids never change, so
 * old answers still score; reworded statements are left out of item comparisons across versions
 * (docs/item-bank.md). When a statement changes: add a revision here and keep its old wording
 * under `retiredItems.v<old version>` in every locale (see item-wording.ts).
 */
export const itemBankHistory = [
  { version: '2026.1', changed: [] },
  {
    version: '2026.2',
    changed: ['ep-3', 'ep-5', 'ep-6', 'st-4', 'ba-2', 'ba-4', 'ra-2', 'ra-4', 'ra-6'],
  },
] as const satisfies readonly ItemBankRevision[];

/** The version new assessments and reviews answer; saved answers record the version they used. */
export const ITEM_BANK_VERSION = '2026.2';

/**
 * The wording of each item lives in the locales (items.<id>.self / items.<id>.rater). Built from
 * the instrument's own ids, so its schema is checked by a test rather than on every start, where
 * it was the first zod check and one long task on a phone.
 */
export const itemBank: ItemBank = {
  version: ITEM_BANK_VERSION,
  items: skillIds.flatMap((skill) => itemIdsOf(skill).map((id) => ({ id, skill }))),
};
