import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createBackup, parseBackup } from '../../../src/storage/backup';
import { DATA_KEY } from '../../../src/storage/storage-contract';
import { pickPersisted } from '../../../src/stores/persisted-state';
import { envelope, loadApp, readStoredState, storedState } from '../support/app-store';
import { writeCases } from './storage-fault-write-cases';
import {
  NOW,
  fillQuota,
  richState,
  snapshotStorage,
  type FaultTally,
} from './storage-fault-fixtures';

/** Every write of the store against a full quota: the saved data stays, the change stays in memory. */
export function describeFullStorage(tally: FaultTally): void {
  describe('a full storage during every kind of write', () => {
    it('covers every action of the store', async () => {
      const { useAppStore } = await loadApp();
      const actions = Object.entries(useAppStore.getState())
        .filter(([, value]) => typeof value === 'function')
        .map(([name]) => name);

      expect(new Set(writeCases.map((entry) => entry.action))).toEqual(new Set(actions));
    });

    it.each(writeCases.map((entry) => [entry.action, entry.name, entry] as const))(
      '%s (%s): keeps the saved data, says the storage is full and keeps the change in memory',
      async (action, _name, { run, shows, expected }) => {
        const { useAppStore, useStorageHealthStore } = await loadApp(storedState(richState()));
        const before = snapshotStorage();
        const quota = fillQuota();

        expect(() => run(useAppStore.getState())).not.toThrow();

        const after = snapshotStorage();
        const inMemory = pickPersisted(useAppStore.getState());
        const isStoredKept = isDeepStrictEqual(after, before);
        const isChangeKept = isDeepStrictEqual(shows(inMemory), expected);
        tally.writeKinds.add(action);
        tally.writesFaulted += 1;
        if (!isStoredKept || !isChangeKept) tally.dataLost += 1;

        expect(useStorageHealthStore.getState().problems).toEqual(['full']);
        expect(after).toEqual(before);
        expect(shows(inMemory)).toEqual(expected);
        // The person can still export everything, the change included.
        const backup = parseBackup(JSON.stringify(createBackup(inMemory, NOW)));
        expect(backup.ok && backup.value.data).toEqual(inMemory);

        // Once there is room again, the next save writes the change too.
        quota.mockRestore();
        useAppStore.setState({});
        expect(readStoredState()).toEqual(inMemory);
      },
    );

    it('keeps a version-1 document as it was when its migrated copy cannot be saved', async () => {
      const raw = envelope(
        { assessments: richState().assessments, draft: null, settings: { language: 'es' } },
        1,
      );
      localStorage.setItem(DATA_KEY, raw);
      fillQuota();

      const { useAppStore, useStorageHealthStore } = await loadApp();

      tally.writeKinds.add('migration write-back');
      tally.writesFaulted += 1;
      const isKept = localStorage.getItem(DATA_KEY) === raw;
      if (!isKept) tally.dataLost += 1;
      expect(useStorageHealthStore.getState().problems).toEqual(['full']);
      expect(isKept).toBe(true);
      expect(useAppStore.getState().assessments).toEqual(richState().assessments);
      expect(useAppStore.getState().reviews).toEqual([]);
    });

    it('leaves damaged data in place, and blocks saving over it, when its copy cannot be written', async () => {
      const raw = storedState(richState()).slice(0, 200);
      localStorage.setItem(DATA_KEY, raw);
      const quota = fillQuota();

      const { useAppStore, useStorageHealthStore } = await loadApp();
      quota.mockRestore();
      useAppStore.getState().setLanguage('fr');

      tally.writeKinds.add('moving damaged data aside');
      tally.writesFaulted += 1;
      const isKept = isDeepStrictEqual(snapshotStorage(), { [DATA_KEY]: raw });
      if (!isKept) tally.dataLost += 1;
      expect(useStorageHealthStore.getState().problems).toEqual(['full']);
      expect(isKept).toBe(true);
    });

    it('reads the saved data when the storage is already full at start-up', async () => {
      const raw = storedState(richState());
      localStorage.setItem(DATA_KEY, raw);
      fillQuota();

      const { useAppStore, useStorageHealthStore } = await loadApp();
      useAppStore.getState().answerItem('ep-3', 5, 'executive-presence');

      tally.writeKinds.add('start-up probe');
      tally.writesFaulted += 1;
      const loaded = pickPersisted(useAppStore.getState());
      const isKept = localStorage.getItem(DATA_KEY) === raw;
      if (!isKept || loaded.assessments.length !== 2) tally.dataLost += 1;
      expect(isKept).toBe(true);
      expect(loaded.assessments).toEqual(richState().assessments);
      expect(loaded.draft?.answers).toEqual({ 'ep-1': 4, 'ep-2': 3, 'ep-3': 5 });
      expect(useStorageHealthStore.getState().problems).toEqual(['full']);
    });
  });
}
