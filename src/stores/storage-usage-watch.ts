import type { KeyValueStorage } from '../storage/storage-contract';
import { isNearlyFull } from '../storage/storage-usage';
import { useStorageHealthStore } from './storage-health-store';

interface Subscribable {
  subscribe: (listener: () => void) => () => void;
}

/**
 * Tells the person, after any change, when saved data nears the browser's quota, so they export
 * a backup and tidy up before a save fails. Returns the unsubscribe function.
 */
export function warnWhenNearlyFull(storage: KeyValueStorage, store: Subscribable): () => void {
  const check = () => {
    if (isNearlyFull(storage)) useStorageHealthStore.getState().report('nearly-full');
  };
  check();
  return store.subscribe(check);
}
