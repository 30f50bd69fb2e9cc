/** Every key Ascent writes starts with this prefix, so other apps on the origin are never touched. */
export const KEY_PREFIX = 'ascent:';
export const DATA_KEY = 'ascent:data';
export const QUARANTINE_PREFIX = 'ascent:quarantine:';

export type StorageKey = typeof DATA_KEY | `${typeof QUARANTINE_PREFIX}${string}`;

/** The small synchronous contract the app needs from a key-value store. */
export interface KeyValueStorage {
  getItem(key: StorageKey): string | null;
  /** Throws StorageFullError when the quota is exhausted; the previous value is then unchanged. */
  setItem(key: StorageKey, value: string): void;
  removeItem(key: StorageKey): void;
  keys(): StorageKey[];
}

export class StorageFullError extends Error {
  override readonly name = 'StorageFullError';
}

export class StorageUnavailableError extends Error {
  override readonly name = 'StorageUnavailableError';
}

export function isStorageKey(key: string): key is StorageKey {
  return key === DATA_KEY || key.startsWith(QUARANTINE_PREFIX);
}
