import { describe, expect, it } from 'vitest';
import { createMemoryStorage } from '../../../src/storage/memory-storage';
import { DATA_KEY, StorageFullError } from '../../../src/storage/storage-contract';

const QUARANTINED = 'ascent:quarantine:ascent:data:2025-01-01T00:00:00.000Z';

describe('createMemoryStorage', () => {
  it('stores, lists and removes values by key', () => {
    const storage = createMemoryStorage();

    storage.setItem(DATA_KEY, 'one');
    storage.setItem(QUARANTINED, 'two');

    expect(storage.getItem(DATA_KEY)).toBe('one');
    expect(storage.keys()).toEqual([DATA_KEY, QUARANTINED]);

    storage.removeItem(DATA_KEY);

    expect(storage.getItem(DATA_KEY)).toBeNull();
    expect(storage.keys()).toEqual([QUARANTINED]);
  });

  it('refuses a write past the quota with StorageFullError and keeps the old value', () => {
    // The quota counts key and value characters: 'ascent:data' is 11.
    const storage = createMemoryStorage({ quotaChars: 20 });
    storage.setItem(DATA_KEY, 'old');

    expect(() => {
      storage.setItem(DATA_KEY, 'x'.repeat(10));
    }).toThrow(StorageFullError);
    expect(storage.getItem(DATA_KEY)).toBe('old');
  });

  it('does not charge the old value when replacing it', () => {
    const entry = DATA_KEY.length + 9;
    const storage = createMemoryStorage({ quotaChars: 2 * entry - 1 });
    storage.setItem(DATA_KEY, 'a'.repeat(9));

    storage.setItem(DATA_KEY, 'b'.repeat(9));

    expect(storage.getItem(DATA_KEY)).toBe('b'.repeat(9));
  });

  it('lets a value shrink when the storage is exactly full', () => {
    const storage = createMemoryStorage({ quotaChars: DATA_KEY.length + 9 });
    storage.setItem(DATA_KEY, 'a'.repeat(9));

    storage.setItem(DATA_KEY, 'b');

    expect(storage.getItem(DATA_KEY)).toBe('b');
  });

  it('counts every key against the same quota', () => {
    const storage = createMemoryStorage({ quotaChars: QUARANTINED.length + 20 });
    storage.setItem(DATA_KEY, 'a'.repeat(9));

    expect(() => {
      storage.setItem(QUARANTINED, 'b');
    }).toThrow(StorageFullError);
    expect(storage.keys()).toEqual([DATA_KEY]);
  });

  it('reports the error by name', () => {
    const storage = createMemoryStorage({ quotaChars: 0 });

    expect(() => {
      storage.setItem(DATA_KEY, '');
    }).toThrow(expect.objectContaining({ name: 'StorageFullError' }));
  });
});
