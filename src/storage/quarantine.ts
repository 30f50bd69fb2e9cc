import { QUARANTINE_PREFIX, type KeyValueStorage, type StorageKey } from './storage-contract';

export interface QuarantinedEntry {
  key: StorageKey;
  value: string;
}

/**
 * Moves an unreadable value aside instead of deleting it, so the user can download it later.
 * The copy is written before the original is removed: if the copy fails, nothing moves.
 */
export function quarantine(storage: KeyValueStorage, key: StorageKey, now: Date): StorageKey {
  const value = storage.getItem(key);
  const first: StorageKey = `${QUARANTINE_PREFIX}${key}:${now.toISOString()}`;
  const isTaken = (target: StorageKey) => ![null, value].includes(storage.getItem(target));
  let target = first;
  // Two values set aside within one tick of the clock must not overwrite each other.
  for (let copy = 2; isTaken(target); copy += 1) target = `${first}:${String(copy)}`;
  if (value !== null) {
    storage.setItem(target, value);
    storage.removeItem(key);
  }
  return target;
}

export function listQuarantined(storage: KeyValueStorage): QuarantinedEntry[] {
  return storage.keys().flatMap((key) => {
    if (!key.startsWith(QUARANTINE_PREFIX)) return [];
    const value = storage.getItem(key);
    return value === null ? [] : [{ key, value }];
  });
}

export function clearQuarantined(storage: KeyValueStorage): void {
  for (const { key } of listQuarantined(storage)) storage.removeItem(key);
}
