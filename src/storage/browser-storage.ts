import { createMemoryStorage } from './memory-storage';
import {
  StorageFullError,
  isStorageKey,
  type KeyValueStorage,
  type StorageKey,
} from './storage-contract';

function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED')
  );
}

function wrap(storage: Storage): KeyValueStorage {
  return {
    getItem: (key) => storage.getItem(key),
    setItem(key: StorageKey, value: string) {
      try {
        storage.setItem(key, value);
      } catch (error) {
        if (isQuotaError(error)) throw new StorageFullError('quota exceeded', { cause: error });
        throw error;
      }
    },
    removeItem: (key) => {
      storage.removeItem(key);
    },
    keys: () =>
      Array.from({ length: storage.length }, (_, index) => storage.key(index)).filter(
        (key): key is StorageKey => key !== null && isStorageKey(key),
      ),
  };
}

/**
 * localStorage when the browser allows it. Reading the property itself throws in some
 * privacy modes, so the probe is wrapped; the fallback keeps the app usable for the session.
 */
export function openBrowserStorage(): { storage: KeyValueStorage; isPersistent: boolean } {
  try {
    const storage = globalThis.localStorage;
    const probe = 'ascent:probe';
    try {
      storage.setItem(probe, probe);
      storage.removeItem(probe);
    } catch (error) {
      // A full storage still reads: the app shows what was saved, and each refused write says so.
      if (!isQuotaError(error)) throw error;
    }
    return { storage: wrap(storage), isPersistent: true };
  } catch {
    return { storage: createMemoryStorage(), isPersistent: false };
  }
}
