import type { PersistStorage } from 'zustand/middleware';
import type { GuardedStorage } from './guarded-storage';
import { PERSISTED_VERSION, persistedStateSchema, type PersistedState } from './persisted-state';

/**
 * Validating ten years of saved data in one go blocks a slow phone for a quarter of a second,
 * so the first read hands it to check-in-slices.ts (loaded only when something is stored),
 * which checks it between paints. Writes wait until that check is done, so the empty state the
 * store starts with never replaces what is stored. Later reads (another tab wrote) stay
 * synchronous, as the tab-merging logic expects. `isChecked` tells the store's merge that a
 * state needs no second check.
 */
export function readFirstInSlices(guarded: GuardedStorage) {
  let reads = 0;
  let isChecking = false;
  let checked: unknown;
  const storage: PersistStorage<unknown> = {
    ...guarded,
    getItem(name) {
      const stored = guarded.getItem(name);
      reads += 1;
      // Older versions are migrated first, synchronously, as before; that happens once.
      if (reads > 1 || stored?.version !== PERSISTED_VERSION) return stored;
      isChecking = true;
      return import('./check-in-slices')
        .then(
          (checker) => checker.checkFirstRead(stored, guarded, persistedStateSchema),
          // The checker could not be loaded: the store's merge checks the data in one go.
          () => stored,
        )
        .then((value) => {
          if (value !== stored) checked = value?.state;
          isChecking = false;
          return value;
        });
    },
    setItem(name, value) {
      if (!isChecking) guarded.setItem(name, value);
    },
  };
  const isChecked = (state: unknown): state is PersistedState =>
    state !== undefined && state === checked;
  return { storage, isChecked };
}
