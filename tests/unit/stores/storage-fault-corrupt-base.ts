import { PERSISTED_VERSION, type PersistedState } from '../../../src/stores/persisted-state';
import { envelope, storedState } from '../support/app-store';
import { richState } from './storage-fault-fixtures';
import type { Outcome } from './storage-fault-corrupt-cases';

/* The rich state the damaged values are made from, and what reading it back must give. */

export const setAside: Outcome = { kind: 'set-aside' };

export const rich = richState();

export const richText = storedState(rich);

export const read = (state: PersistedState = rich): Outcome => ({ kind: 'read', state });

export const [firstAssessment, secondAssessment] = rich.assessments;

export function withState(change: Record<string, unknown>, version = PERSISTED_VERSION): string {
  return envelope({ ...rich, ...change }, version);
}
