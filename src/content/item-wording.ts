import { itemBankHistory } from './item-bank';
import type { ItemId } from '../domain/instrument/instrument';
import { retiredWordingVersion } from '../domain/instrument/item-revisions';

type Form = 'self' | 'rater';
type Retired2026v1 = (typeof itemBankHistory)[1]['changed'][number];

function isRetiredIn2026v1(id: ItemId): id is Retired2026v1 {
  return itemBankHistory[1].changed.some((changed) => changed === id);
}

export type StatementKey =
  `items.${ItemId}.${Form}` | `retiredItems.v2026_1.${Retired2026v1}.${Form}`;

/**
 * The translation key of a statement as it read in `version`, so an assessment, draft or
 * invitation made on an older bank shows the wording that was actually answered. Unknown versions
 * get today's wording (their comparisons are refused elsewhere).
 */
export function statementKey(version: string, id: ItemId, form: Form): StatementKey {
  const retiredIn = retiredWordingVersion(itemBankHistory, version, id);
  if (retiredIn === '2026.1' && isRetiredIn2026v1(id)) return `retiredItems.v2026_1.${id}.${form}`;
  return `items.${id}.${form}`;
}
