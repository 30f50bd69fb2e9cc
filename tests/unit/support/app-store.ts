import { afterEach, beforeEach, vi } from 'vitest';
import * as z from 'zod/mini';
import { DATA_KEY, QUARANTINE_PREFIX } from '../../../src/storage/storage-contract';
import {
  PERSISTED_VERSION,
  persistedStateSchema,
  type PersistedState,
} from '../../../src/stores/persisted-state';

/** Every test of the calling file starts with empty storage and the clock's date at `now`. */
export function freshStorageAt(now: Date): void {
  beforeEach(() => {
    localStorage.clear();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(now);
  });
  afterEach(() => {
    vi.useRealTimers();
  });
}

/** The store module builds its singleton at import, so each test imports a fresh copy. */
export async function loadApp(stored?: string) {
  if (stored !== undefined) localStorage.setItem(DATA_KEY, stored);
  vi.resetModules();
  const { useStorageHealthStore } = await import('../../../src/stores/storage-health-store');
  useStorageHealthStore.setState({ problems: [] });
  const { useAppStore, syncFromOtherTabs } = await import('../../../src/stores/app-store');
  // The app reads saved data when it starts (start.ts), as this does.
  await useAppStore.persist.rehydrate();
  return { useAppStore, useStorageHealthStore, syncFromOtherTabs };
}

/** What zustand's persist writes: the state wrapped with its version. */
export function envelope(state: unknown, version: number = PERSISTED_VERSION): string {
  return JSON.stringify({ state, version });
}

/** A stored envelope at the current version, as the app itself would write it. */
export function storedState(state: PersistedState): string {
  return envelope(state);
}

function storedKeys(): string[] {
  return Array.from({ length: localStorage.length }, (_, index) => localStorage.key(index)).filter(
    (key): key is string => key !== null,
  );
}

export function quarantinedKeys(): string[] {
  return storedKeys().filter((key) => key.startsWith(QUARANTINE_PREFIX));
}

export function readStored(): unknown {
  const raw = localStorage.getItem(DATA_KEY);
  if (raw === null) throw new Error(`nothing stored under ${DATA_KEY}`);
  const parsed: unknown = JSON.parse(raw);
  return parsed;
}

const currentEnvelopeSchema = z.object({
  state: persistedStateSchema,
  version: z.literal(PERSISTED_VERSION),
});

/** The saved state, which must be valid and at the current version. */
export function readStoredState(): PersistedState {
  return currentEnvelopeSchema.parse(readStored()).state;
}
