import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { openBrowserStorage } from '../storage/browser-storage';
import { listQuarantined } from '../storage/quarantine';
import type { KeyValueStorage } from '../storage/storage-contract';
import { DATA_KEY } from '../storage/storage-contract';
import type { AppState } from './app-state';
import { createAssessmentsSlice } from './assessments-slice';
import { createDraftSlice } from './draft-slice';
import { readFirstInSlices } from './first-read-in-slices';
import { createGuardedStorage, type GuardedStorage } from './guarded-storage';
import { migrateState } from './migrations';
import {
  PERSISTED_VERSION,
  emptyPersistedState,
  persistedStateSchema,
  pickParts,
  pickPersisted,
} from './persisted-state';
import { createPlanSlice } from './plan-slice';
import { createRaterSlice } from './rater-slice';
import { createReviewsSlice } from './reviews-slice';
import { createSettingsSlice } from './settings-slice';
import { createSharedReportsSlice } from './shared-reports-slice';
import { createTeamsSlice } from './teams-slice';
import { useStorageHealthStore } from './storage-health-store';

function createAppStore(storage: KeyValueStorage) {
  const guarded: GuardedStorage = createGuardedStorage(
    storage,
    PERSISTED_VERSION,
    (problem) => {
      useStorageHealthStore.getState().report(problem);
    },
    emptyPersistedState,
  );
  const firstRead = readFirstInSlices(guarded);
  const store = create<AppState>()(
    persist<AppState, [], [], unknown>(
      (...args) => ({
        ...createDraftSlice(...args),
        ...createAssessmentsSlice(...args),
        ...createSettingsSlice(...args),
        ...createReviewsSlice(...args),
        ...createRaterSlice(...args),
        ...createSharedReportsSlice(...args),
        ...createPlanSlice(...args),
        ...createTeamsSlice(...args),
        replaceData: (data) => {
          if (!persistedStateSchema.safeParse(data).success) return 'invalid';
          // A backup from before teams replaces this browser's teams with none.
          const dropsTeams = data.teams === undefined && args[1]().teams.length > 0;
          args[0](dropsTeams ? { ...data, teams: [] } : data);
          return 'saved';
        },
      }),
      {
        name: DATA_KEY,
        version: PERSISTED_VERSION,
        storage: firstRead.storage,
        partialize: pickPersisted,
        migrate: migrateState,
        // Everything read back is validated here, after migration and before anything uses it.
        merge: (persisted, current) => {
          if (persisted === undefined) return current;
          if (firstRead.isChecked(persisted)) return { ...current, ...persisted };
          const result = persistedStateSchema.safeParse(persisted);
          if (!result.success) {
            guarded.quarantineCurrent();
            return current;
          }
          return { ...current, ...result.data };
        },
        // Read when the app starts (start.ts), not on import: then checking saved data can
        // take its time between paints before the first render, which awaits it.
        skipHydration: true,
      },
    ),
  );
  return { store, guarded };
}

const browser = openBrowserStorage();
if (!browser.isPersistent) useStorageHealthStore.getState().report('unavailable');

export const appStorage: KeyValueStorage = browser.storage;
const app = createAppStore(appStorage);
export const useAppStore = app.store;
// Data set aside on an earlier visit stays on offer until the person downloads or discards it.
if (listQuarantined(appStorage).length > 0) useStorageHealthStore.getState().report('quarantined');

/** Another tab wrote: load its version so both tabs show the same saved data. */
export function syncFromOtherTabs(
  target: Pick<Window, 'addEventListener' | 'removeEventListener'>,
): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key !== DATA_KEY && event.key !== null) return;
    // What this tab could not save (storage full) must outlive loading the other tab's data.
    const saved = pickPersisted(useAppStore.getState());
    const unsaved = pickParts(saved, Object.keys(app.guarded.unsavedParts(saved)));
    void useAppStore.persist.rehydrate();
    // Hydrating from a synchronous storage is synchronous: the other tab's data is loaded now.
    // Saving again restores the unsaved parts, and this tab's data if the other's was unreadable.
    if (Object.keys(unsaved).length > 0 || appStorage.getItem(DATA_KEY) === null) {
      useAppStore.setState(unsaved);
    }
  };
  target.addEventListener('storage', onStorage);
  return () => {
    target.removeEventListener('storage', onStorage);
  };
}
