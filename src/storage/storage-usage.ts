import type { KeyValueStorage } from './storage-contract';

/**
 * The strictest browser quota: WebKit allows 5 MB counted in UTF-16 bytes, about 2.5 million
 * characters (Chromium and Firefox allow about 5 million). Ascent's keys are all it can measure.
 */
export const STORAGE_LIMIT_CHARS = 2_500_000;

/** Warn with a fifth of the room left, long before a save fails. */
const NEARLY_FULL_SHARE = 0.8;

/** Characters Ascent holds in the storage, keys included, as browsers count them for the quota. */
export function usedChars(storage: KeyValueStorage): number {
  return storage
    .keys()
    .reduce((sum, key) => sum + key.length + (storage.getItem(key)?.length ?? 0), 0);
}

export function isNearlyFull(storage: KeyValueStorage): boolean {
  return usedChars(storage) >= STORAGE_LIMIT_CHARS * NEARLY_FULL_SHARE;
}
