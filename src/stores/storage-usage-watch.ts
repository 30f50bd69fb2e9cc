import type { KeyValueStorage } from '../storage/storage-contract';
import { isNearlyFull } from '../storage/storage-usage';
import { useStorageHealthStore } from './storage-health-store';

interface Subscribable {
  subscribe: (listener: () => void) => () => void;
}

/**
 * Tells the person, after any change, when saved data nears the browser's quota, so they export
 * a backup and tidy up before a save fails. It warns once per visit and then stops listening:
 * a dismissed warning stays dismissed, and no more reads of the storage are spent on it.
 * Returns the unsubscribe function.
 */
export function warnWhenNearlyFull(storage: KeyValueStorage, store: Subscribable): () => void {
  const warnIfNearlyFull = (): boolean => {
    if (!isNearlyFull(storage)) return false;
    useStorageHealthStore.getState().report('nearly-full');
    return true;
  };
  if (warnIfNearlyFull()) return () => undefined;
  const unsubscribe = store.subscribe(() => {
    if (warnIfNearlyFull()) unsubscribe();
  });
  return unsubscribe;
}
