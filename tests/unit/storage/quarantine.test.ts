import { describe, expect, it } from 'vitest';
import { createMemoryStorage } from '../../../src/storage/memory-storage';
import { clearQuarantined, listQuarantined, quarantine } from '../../../src/storage/quarantine';
import { DATA_KEY, StorageFullError } from '../../../src/storage/storage-contract';

const NOW = new Date('2025-03-04T05:06:07.089Z');
const TARGET = 'ascent:quarantine:ascent:data:2025-03-04T05:06:07.089Z';

describe('quarantine', () => {
  it('moves the value to a quarantine key and removes the original', () => {
    const storage = createMemoryStorage();
    storage.setItem(DATA_KEY, '{broken');

    const target = quarantine(storage, DATA_KEY, NOW);

    expect(target).toBe(TARGET);
    expect(storage.getItem(TARGET)).toBe('{broken');
    expect(storage.getItem(DATA_KEY)).toBeNull();
  });

  it('writes nothing when there is no value to move', () => {
    const storage = createMemoryStorage();

    quarantine(storage, DATA_KEY, NOW);

    expect(storage.keys()).toEqual([]);
  });

  it('moves nothing when the copy does not fit in the quota', () => {
    const storage = createMemoryStorage({ quotaChars: DATA_KEY.length + 40 });
    storage.setItem(DATA_KEY, '{broken');

    expect(() => quarantine(storage, DATA_KEY, NOW)).toThrow(StorageFullError);
    expect(storage.getItem(DATA_KEY)).toBe('{broken');
    expect(storage.keys()).toEqual([DATA_KEY]);
  });
});

describe('listQuarantined and clearQuarantined', () => {
  it('lists only quarantined entries, with their values', () => {
    const storage = createMemoryStorage();
    storage.setItem(DATA_KEY, 'first');
    quarantine(storage, DATA_KEY, NOW);
    storage.setItem(DATA_KEY, 'second');
    quarantine(storage, DATA_KEY, new Date('2025-03-05T00:00:00.000Z'));
    storage.setItem(DATA_KEY, 'current');

    expect(listQuarantined(storage)).toEqual([
      { key: TARGET, value: 'first' },
      { key: 'ascent:quarantine:ascent:data:2025-03-05T00:00:00.000Z', value: 'second' },
    ]);
  });

  it('lists nothing when nothing was quarantined', () => {
    const storage = createMemoryStorage();
    storage.setItem(DATA_KEY, 'current');

    expect(listQuarantined(storage)).toEqual([]);
  });

  it('clears quarantined entries and keeps the current data', () => {
    const storage = createMemoryStorage();
    storage.setItem(DATA_KEY, 'old');
    quarantine(storage, DATA_KEY, NOW);
    storage.setItem(DATA_KEY, 'current');

    clearQuarantined(storage);

    expect(listQuarantined(storage)).toEqual([]);
    expect(storage.keys()).toEqual([DATA_KEY]);
    expect(storage.getItem(DATA_KEY)).toBe('current');
  });
});
