import { StorageFullError, type KeyValueStorage, type StorageKey } from './storage-contract';

/** An in-memory store for tests and for browsers that refuse localStorage. */
export function createMemoryStorage(options: { quotaChars?: number } = {}): KeyValueStorage {
  const values = new Map<StorageKey, string>();
  const used = () => [...values].reduce((sum, [key, value]) => sum + key.length + value.length, 0);
  return {
    getItem: (key) => values.get(key) ?? null,
    setItem(key, value) {
      const previous = values.has(key) ? key.length + (values.get(key)?.length ?? 0) : 0;
      const quota = options.quotaChars ?? Number.POSITIVE_INFINITY;
      if (used() - previous + key.length + value.length > quota) {
        throw new StorageFullError('quota exceeded');
      }
      values.set(key, value);
    },
    removeItem: (key) => {
      values.delete(key);
    },
    keys: () => [...values.keys()],
  };
}
