import type { ItemId } from './instrument';

/** One release of the item bank: its version and the statements whose wording it changed. */
export interface ItemBankRevision {
  version: string;
  changed: readonly ItemId[];
}

function revisionIndex(history: readonly ItemBankRevision[], version: string): number {
  return history.findIndex((revision) => revision.version === version);
}

/**
 * Statements that read the same in both versions: no revision after the older one changed them.
 * A version the history does not know (a file from a newer app, say) shares nothing, so nothing
 * is compared rather than something compared wrongly.
 */
export function comparableItemIds(
  history: readonly ItemBankRevision[],
  ids: readonly ItemId[],
  versionA: string,
  versionB: string,
): ItemId[] {
  const a = revisionIndex(history, versionA);
  const b = revisionIndex(history, versionB);
  if (a < 0 || b < 0) return [];
  const changed = new Set(
    history.slice(Math.min(a, b) + 1, Math.max(a, b) + 1).flatMap((revision) => revision.changed),
  );
  return ids.filter((id) => !changed.has(id));
}

/**
 * The last version whose wording of `id` is the one `version` showed, when a later revision
 * reworded it; null when `version` still shows today's wording (or is unknown).
 */
export function retiredWordingVersion(
  history: readonly ItemBankRevision[],
  version: string,
  id: ItemId,
): string | null {
  const start = revisionIndex(history, version);
  if (start < 0) return null;
  const next = history.findIndex(
    (revision, index) => index > start && revision.changed.includes(id),
  );
  return next < 0 ? null : (history[next - 1]?.version ?? null);
}

/** How many of `ids` a later revision reworded since `version`; unknown versions count all. */
export function rewordedSince(
  history: readonly ItemBankRevision[],
  ids: readonly ItemId[],
  version: string,
): number {
  const latest = history.at(-1)?.version;
  if (latest === undefined) return ids.length;
  return ids.length - comparableItemIds(history, ids, version, latest).length;
}
