import type { PersistedState } from '../../../src/stores/persisted-state';
import { badShapeCases } from './storage-fault-corrupt-shape';
import { extremeCases } from './storage-fault-corrupt-extremes';

/*
 * Corrupted values for `ascent:data`, grouped by kind. Each says what the app must make of it:
 * set it aside (quarantine), leave it where it is, or read what it can.
 */

export type Outcome =
  /** Moved to `ascent:quarantine:…` byte for byte; the app starts empty. */
  | { kind: 'set-aside' }
  /** Left under `ascent:data` byte for byte and never written over; the app starts empty. */
  | { kind: 'left-in-place'; problem: 'newer-version' | 'full' }
  /** Readable: the app loads this, and keeps it through the next save. */
  | { kind: 'read'; state: PersistedState };

export interface CorruptCase {
  kind: string;
  name: string;
  raw: () => string;
  outcome: Outcome;
  /** Other entries of the origin stored beside it, which must come through untouched. */
  neighbours?: Record<string, string>;
}

export const corruptCases: CorruptCase[] = [...badShapeCases, ...extremeCases];
