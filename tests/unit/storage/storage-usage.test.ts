import { beforeEach, describe, expect, it } from 'vitest';
import { createMemoryStorage } from '../../../src/storage/memory-storage';
import { DATA_KEY } from '../../../src/storage/storage-contract';
import { isNearlyFull, STORAGE_LIMIT_CHARS, usedChars } from '../../../src/storage/storage-usage';
import { useStorageHealthStore } from '../../../src/stores/storage-health-store';
import { warnWhenNearlyFull } from '../../../src/stores/storage-usage-watch';

function storageHolding(chars: number) {
  const storage = createMemoryStorage();
  storage.setItem(DATA_KEY, 'x'.repeat(chars - DATA_KEY.length));
  return storage;
}

/** A store whose changes the test triggers by hand. */
function manualStore() {
  const listeners = new Set<() => void>();
  return {
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    change: () => listeners.forEach((listener) => listener()),
  };
}

describe('storage usage', () => {
  beforeEach(() => useStorageHealthStore.setState({ problems: [] }));

  it('counts keys and values of every Ascent entry', () => {
    const storage = createMemoryStorage();
    storage.setItem(DATA_KEY, '{"a":1}');
    storage.setItem('ascent:quarantine:x', 'abc');
    expect(usedChars(storage)).toBe(DATA_KEY.length + 7 + 'ascent:quarantine:x'.length + 3);
  });

  it('is nearly full from four fifths of the strictest quota', () => {
    expect(isNearlyFull(storageHolding(STORAGE_LIMIT_CHARS * 0.8 - 1))).toBe(false);
    expect(isNearlyFull(storageHolding(STORAGE_LIMIT_CHARS * 0.8))).toBe(true);
  });

  it('warns at start when the data is already large', () => {
    warnWhenNearlyFull(storageHolding(STORAGE_LIMIT_CHARS * 0.9), manualStore());
    expect(useStorageHealthStore.getState().problems).toEqual(['nearly-full']);
  });

  it('warns after the change that crosses the line, not before', () => {
    const storage = storageHolding(1000);
    const store = manualStore();
    warnWhenNearlyFull(storage, store);
    store.change();
    expect(useStorageHealthStore.getState().problems).toEqual([]);
    storage.setItem(DATA_KEY, 'x'.repeat(STORAGE_LIMIT_CHARS));
    store.change();
    expect(useStorageHealthStore.getState().problems).toEqual(['nearly-full']);
  });

  it('warns once per visit, so a dismissed warning stays dismissed', () => {
    const store = manualStore();
    warnWhenNearlyFull(storageHolding(STORAGE_LIMIT_CHARS * 0.9), store);
    useStorageHealthStore.getState().dismiss('nearly-full');
    store.change();
    expect(useStorageHealthStore.getState().problems).toEqual([]);
  });
});
