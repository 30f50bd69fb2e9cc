import { describe, expect, it, vi } from 'vitest';
import { createMemoryStorage } from '../../../src/storage/memory-storage';
import { listQuarantined } from '../../../src/storage/quarantine';
import { DATA_KEY } from '../../../src/storage/storage-contract';
import { readFirstInSlices } from '../../../src/stores/first-read-in-slices';
import { createGuardedStorage } from '../../../src/stores/guarded-storage';
import {
  PERSISTED_VERSION,
  emptyPersistedState,
  pickPersisted,
} from '../../../src/stores/persisted-state';
import type { StorageProblem } from '../../../src/stores/storage-health-store';
import { envelope, storedState } from '../support/app-store';
import { richState } from './storage-fault-fixtures';

function setup(stored: string) {
  const storage = createMemoryStorage();
  storage.setItem(DATA_KEY, stored);
  const report = vi.fn<(problem: StorageProblem) => void>();
  const guarded = createGuardedStorage(storage, PERSISTED_VERSION, report);
  const { storage: reader, isChecked } = readFirstInSlices(guarded);
  return { storage, report, reader, isChecked };
}

const emptyValue = { state: pickPersisted(emptyPersistedState), version: PERSISTED_VERSION };

describe('reading saved data in slices the first time', () => {
  it('hands over checked data, marked as checked, after the check', async () => {
    const { reader, isChecked } = setup(storedState(richState()));

    const value = await reader.getItem(DATA_KEY);

    expect(value?.state).toStrictEqual(richState());
    expect(isChecked(value?.state)).toBe(true);
  });

  it('saves nothing while the check runs, so the empty start never replaces saved data', async () => {
    const saved = storedState(richState());
    const { storage, reader } = setup(saved);

    const reading = reader.getItem(DATA_KEY);
    await reader.setItem(DATA_KEY, emptyValue);
    expect(storage.getItem(DATA_KEY)).toBe(saved);

    await reading;
    await reader.setItem(DATA_KEY, emptyValue);
    expect(storage.getItem(DATA_KEY)).toBe(JSON.stringify(emptyValue));
  });

  it('sets invalid data aside and reports it, as a full check would', async () => {
    const damaged = envelope({ ...richState(), settings: { language: 'xx' } });
    const { storage, report, reader } = setup(damaged);

    expect(await reader.getItem(DATA_KEY)).toBeNull();

    expect(report).toHaveBeenCalledWith('quarantined');
    expect(listQuarantined(storage).map((entry) => entry.value)).toEqual([damaged]);
  });

  it('reads synchronously after the first time, as another tab writing needs', async () => {
    const { reader, isChecked } = setup(storedState(richState()));
    await reader.getItem(DATA_KEY);

    const again = reader.getItem(DATA_KEY);

    if (again === null || !('state' in again)) throw new Error('a synchronous value was expected');
    expect(isChecked(again.state)).toBe(false);
  });
});
