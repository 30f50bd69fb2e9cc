import type { PersistStorage, StorageValue } from 'zustand/middleware';
import type { GuardedStorage } from './guarded-storage';
import { PERSISTED_VERSION, type PersistedState } from './persisted-state';

/** States that check-in-slices.ts has already validated: the store takes them as they are. */
const checkedStates = new WeakSet<object>();

export function isCheckedState(value: unknown): value is PersistedState {
  return typeof value === 'object' && value !== null && checkedStates.has(value);
}

/**
 * Validating ten years of saved data in one go blocks a slow phone for a quarter of a second,
 * so the first read hands it to check-in-slices.ts (loaded only when something is stored),
 * which checks it between paints. Writes wait until that check is done, so the empty state the
 * store starts with never replaces what is stored. Later reads (another tab wrote) stay
 * synchronous, as the tab-merging logic expects.
 */
export function readFirstInSlices(guarded: GuardedStorage): PersistStorage<unknown> {
  let isFirstRead = true;
  let isChecking = false;

  const checkStored = async (stored: StorageValue<unknown>) => {
    try {
      const { checkInSlices } = await import('./check-in-slices');
      const state = await checkInSlices(stored.state);
      if (state === undefined) {
        guarded.quarantineCurrent();
        return null;
      }
      checkedStates.add(state);
      return { state, version: PERSISTED_VERSION };
    } catch {
      // The checker could not be loaded: the store's merge checks the data in one go instead.
      return stored;
    } finally {
      isChecking = false;
    }
  };

  return {
    getItem(name) {
      const stored = guarded.getItem(name);
      const isFirst = isFirstRead;
      isFirstRead = false;
      // Older versions are migrated first, synchronously, as before; that happens once.
      if (!isFirst || stored === null || stored.version !== PERSISTED_VERSION) return stored;
      isChecking = true;
      return checkStored(stored);
    },
    setItem(name, value) {
      if (!isChecking) guarded.setItem(name, value);
    },
    removeItem(name) {
      guarded.removeItem(name);
    },
  };
}
