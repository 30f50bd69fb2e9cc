import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { quarantine } from '../storage/quarantine';
import { DATA_KEY, StorageFullError, type KeyValueStorage } from '../storage/storage-contract';
import type { StorageProblem } from './storage-health-store';

type Parts = Record<string, unknown>;

export interface GuardedStorage extends PersistStorage<unknown> {
  /** Moves the stored value aside; used when it parses but fails validation. */
  quarantineCurrent: () => void;
  /** The parts of `state` this tab changed but could not save (a full storage), else nothing. */
  unsavedParts: (state: Parts) => Parts;
  /** Always synchronous: it reads localStorage. */
  getItem: (name: string) => StorageValue<unknown> | null;
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

function isParts(value: unknown): value is Parts {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isSame(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

function parse(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

/**
 * zustand's persist overwrites whatever it cannot read on the next write. This storage refuses
 * to: unreadable data is quarantined first, and data from a newer version blocks every write.
 *
 * Each tab writes the whole document, so a tab that writes before it hears of another tab's
 * write would undo it. Before writing, this storage checks whether the stored text is still the
 * one it last read or wrote; if not, the parts this tab has not changed since are taken from
 * the stored document, so each tab's changes survive the other's writes.
 */
export function createGuardedStorage(
  storage: KeyValueStorage,
  currentVersion: number,
  report: (problem: StorageProblem) => void,
  emptyState: Parts = {},
): GuardedStorage {
  let isWriteBlocked = false;
  /** The stored text as this tab last read or wrote it; undefined while this tab is behind. */
  let lastSeen: string | null | undefined = null;
  /** This tab's state when it last read or wrote successfully, to tell its own changes. */
  let synced: Parts = emptyState;
  let hasUnsaved = false;

  const quarantineCurrent = () => {
    try {
      quarantine(storage, DATA_KEY, new Date());
      lastSeen = null;
      synced = emptyState;
      report('quarantined');
    } catch {
      // The copy could not be written (storage full): keep the original where it is, untouched.
      isWriteBlocked = true;
      report('full');
    }
  };

  /** What to write instead of `ours` when another tab wrote since; null when nothing may be. */
  const mergeWithStored = (ours: StorageValue<unknown>, raw: string) => {
    const stored = parse(raw);
    if (!isEnvelope(stored)) {
      quarantineCurrent();
      return isWriteBlocked ? null : ours;
    }
    if (stored.version > currentVersion) {
      isWriteBlocked = true;
      report('newer-version');
      return null;
    }
    if (stored.version < currentVersion || !isParts(stored.state) || !isParts(ours.state)) {
      return ours;
    }
    const theirs = stored.state;
    const merged = Object.fromEntries(
      Object.entries(ours.state).map(([key, value]) =>
        Object.hasOwn(theirs, key) && isSame(value, synced[key])
          ? [key, theirs[key]]
          : [key, value],
      ),
    );
    return { ...ours, state: merged };
  };

  return {
    quarantineCurrent,
    unsavedParts(state) {
      if (!hasUnsaved) return {};
      return Object.fromEntries(
        Object.entries(state).filter(([key, value]) => !isSame(value, synced[key])),
      );
    },
    getItem() {
      const raw = storage.getItem(DATA_KEY);
      lastSeen = raw;
      synced = emptyState;
      if (raw === null) return null;
      const parsed = parse(raw);
      if (!isEnvelope(parsed)) {
        quarantineCurrent();
        return null;
      }
      if (parsed.version > currentVersion) {
        isWriteBlocked = true;
        report('newer-version');
        return null;
      }
      if (isParts(parsed.state)) synced = parsed.state;
      return parsed;
    },
    setItem(_name, value) {
      hasUnsaved = true;
      if (isWriteBlocked) return;
      const raw = storage.getItem(DATA_KEY);
      const next = raw === null || raw === lastSeen ? value : mergeWithStored(value, raw);
      if (next === null) return;
      const text = JSON.stringify(next);
      try {
        if (text !== raw) storage.setItem(DATA_KEY, text);
      } catch (error) {
        report(error instanceof StorageFullError ? 'full' : 'unavailable');
        return;
      }
      // After taking another tab's parts, this tab is behind until it hears of that write.
      lastSeen = next === value ? text : undefined;
      synced = isParts(value.state) ? value.state : emptyState;
      hasUnsaved = false;
    },
    removeItem() {
      if (isWriteBlocked) return;
      storage.removeItem(DATA_KEY);
    },
  };
}
