import type { AppState } from '../../../src/stores/app-state';
import type { PersistedState } from '../../../src/stores/persisted-state';
import { assessmentAndReviewWrites } from './storage-fault-writes-assessments-reviews';
import { planWrites } from './storage-fault-writes-plan';

/*
 * Every action of the store that saves, with what the person did (so the test can see the
 * change is still in memory after the write failed). The test checks this list against the
 * store's own actions, so a new action cannot be left out.
 */

export interface WriteCase {
  action: keyof AppState;
  name: string;
  run: (state: AppState) => unknown;
  /** The part of the saved state the action changes, and what it must hold afterwards. */
  shows: (state: PersistedState) => unknown;
  expected: unknown;
}

export const writeCases: WriteCase[] = [...assessmentAndReviewWrites, ...planWrites];
