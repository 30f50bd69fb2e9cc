import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { listQuarantined } from '../../../src/storage/quarantine';
import { DATA_KEY, QUARANTINE_PREFIX } from '../../../src/storage/storage-contract';
import { emptyPersistedState, pickPersisted } from '../../../src/stores/persisted-state';
import { loadApp, readStoredState } from '../support/app-store';
import { corruptCases, type CorruptCase } from './storage-fault-corrupt-cases';
import { NOW, snapshotStorage, type FaultTally } from './storage-fault-fixtures';

const prototypeNames = Object.getOwnPropertyNames(Object.prototype);

function isPrototypeClean(): boolean {
  return (
    isDeepStrictEqual(Object.getOwnPropertyNames(Object.prototype), prototypeNames) &&
    !('polluted' in {})
  );
}

function withoutKeys(entries: Record<string, string>, keys: string[]): Record<string, string> {
  return Object.fromEntries(Object.entries(entries).filter(([key]) => !keys.includes(key)));
}

async function openApp(stored?: string) {
  const app = await loadApp(stored);
  const { appStorage } = await import('../../../src/stores/app-store');
  return { ...app, appStorage };
}

/** Damaged values of `ascent:data`: read, set aside or left in place, never lost. */
export function describeCorruptedValues(tally: FaultTally): void {
  describe('corrupted stored values', () => {
    it.each(
      corruptCases.map((entry): [string, string, CorruptCase] => [entry.kind, entry.name, entry]),
    )(
      '%s: %s — the app starts, says so and loses nothing',
      async (_kind, _name, { kind, raw, outcome, neighbours = {} }) => {
        const text = raw();
        for (const [key, value] of Object.entries(neighbours)) localStorage.setItem(key, value);
        localStorage.setItem(DATA_KEY, text);

        const { useAppStore, useStorageHealthStore, appStorage } = await openApp();
        const problems = useStorageHealthStore.getState().problems;
        const loaded = pickPersisted(useAppStore.getState());
        // The next save, as any action makes it.
        useAppStore.getState().setLanguage('fr');
        const after = snapshotStorage();
        const quarantined = listQuarantined(appStorage);

        const isKept =
          outcome.kind === 'set-aside'
            ? quarantined.length === 1 && quarantined[0]?.value === text
            : outcome.kind === 'left-in-place'
              ? after[DATA_KEY] === text
              : isDeepStrictEqual(readStoredState(), {
                  ...outcome.state,
                  settings: { language: 'fr' },
                });
        const areNeighboursKept = isDeepStrictEqual(
          withoutKeys(after, [DATA_KEY, ...quarantined.map((entry) => entry.key)]),
          neighbours,
        );
        tally.corruptKinds.add(kind);
        tally.corruptCases += 1;
        if (!isKept || !areNeighboursKept) tally.dataLost += 1;

        expect(isPrototypeClean(), 'Object.prototype untouched').toBe(true);
        expect(JSON.stringify(loaded)).not.toContain('polluted');
        expect(isKept, 'the stored value is kept byte for byte').toBe(true);
        expect(areNeighboursKept, 'other keys of the origin untouched').toBe(true);
        if (outcome.kind === 'read') {
          expect(problems).toEqual([]);
          expect(loaded).toEqual(outcome.state);
          return;
        }
        expect(loaded).toEqual(emptyPersistedState);
        if (outcome.kind === 'left-in-place') {
          expect(problems).toEqual([outcome.problem]);
          expect(quarantined).toEqual([]);
          return;
        }
        expect(problems).toEqual(['quarantined']);
        expect(quarantined.map((entry) => entry.key)).toEqual([
          `${QUARANTINE_PREFIX}${DATA_KEY}:${NOW.toISOString()}`,
        ]);
        // What the banner offers for download holds the original text exactly.
        const download: unknown = JSON.parse(JSON.stringify(quarantined));
        expect(download).toEqual([{ key: quarantined[0]?.key, value: text }]);
        expect(readStoredState()).toEqual({ ...emptyPersistedState, settings: { language: 'fr' } });
      },
    );
  });

  describe('data set aside', () => {
    it('is offered again after a reload, until the person decides', async () => {
      const raw = '{"state":{"assessments":[';
      await loadApp(raw);

      const reloaded = await openApp();

      const values = listQuarantined(reloaded.appStorage).map((entry) => entry.value);
      tally.dataLost += Number(!isDeepStrictEqual(values, [raw]));
      expect(values).toEqual([raw]);
      expect(reloaded.useStorageHealthStore.getState().problems).toEqual(['quarantined']);
    });

    it('keeps both of two damaged values set aside in the same millisecond', async () => {
      const { syncFromOtherTabs, appStorage } = await openApp('{"first":');
      const events = new EventTarget();
      syncFromOtherTabs(events);

      localStorage.setItem(DATA_KEY, '{"second":');
      events.dispatchEvent(new StorageEvent('storage', { key: DATA_KEY }));

      const values = listQuarantined(appStorage).map((entry) => entry.value);
      tally.dataLost += Number(!isDeepStrictEqual(values, ['{"first":', '{"second":']));
      expect(values).toEqual(['{"first":', '{"second":']);
    });
  });
}
