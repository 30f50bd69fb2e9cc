import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { quarantine } from '../storage/quarantine';
import { DATA_KEY, StorageFullError, type KeyValueStorage } from '../storage/storage-contract';
import type { StorageProblem } from './storage-health-store';

export interface GuardedStorage extends PersistStorage<unknown> {
  /** Moves the stored value aside; used when it parses but fails validation. */
  quarantineCurrent: () => void;
}

function isEnvelope(value: unknown): value is Required<StorageValue<unknown>> {
  return (
    typeof value === 'object' &&
    value !== null &&
    'state' in value &&
    'version' in value &&
    typeof value.version === 'number' &&
    Number.isInteger(value.version) &&
    value.version >= 0
  );
}

/**
 * zustand's persist overwrites whatever it cannot read on the next write. This storage refuses
 * to: unreadable data is quarantined first, and data from a newer version blocks every write.
 */
export function createGuardedStorage(
  storage: KeyValueStorage,
  currentVersion: number,
  report: (problem: StorageProblem) => void,
): GuardedStorage {
  let isWriteBlocked = false;

  const quarantineCurrent = () => {
    try {
      quarantine(storage, DATA_KEY, new Date());
      report('quarantined');
    } catch {
      // The copy could not be written (storage full): keep the original where it is, untouched.
      isWriteBlocked = true;
      report('full');
    }
  };

  return {
    quarantineCurrent,
    getItem() {
      const raw = storage.getItem(DATA_KEY);
      if (raw === null) return null;
      let parsed: unknown;
      try {
        parsed = JSON.parse(raw);
      } catch {
        quarantineCurrent();
        return null;
      }
      if (!isEnvelope(parsed)) {
        quarantineCurrent();
        return null;
      }
      if (parsed.version > currentVersion) {
        isWriteBlocked = true;
        report('newer-version');
        return null;
      }
      return parsed;
    },
    setItem(_name, value) {
      if (isWriteBlocked) return;
      try {
        storage.setItem(DATA_KEY, JSON.stringify(value));
      } catch (error) {
        report(error instanceof StorageFullError ? 'full' : 'unavailable');
      }
    },
    removeItem() {
      if (isWriteBlocked) return;
      storage.removeItem(DATA_KEY);
    },
  };
}
