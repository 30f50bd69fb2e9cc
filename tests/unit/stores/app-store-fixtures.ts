import type { CompletedAssessment } from '../../../src/domain/assessment/assessment';
import { raterDraftKey } from '../../../src/domain/review/rater-draft';
import {
  PERSISTED_VERSION,
  emptyPersistedState,
  type PersistedState,
} from '../../../src/stores/persisted-state';
import { invitation } from '../support/reviews';

export const NOW = new Date('2025-03-04T05:06:07.089Z');

export const RATER_KEY = raterDraftKey(invitation());

export const assessment: CompletedAssessment = {
  id: 'a1',
  completedAt: '2025-01-02T03:04:05.000Z',
  instrumentVersion: '2026.1',
  answers: { 'ep-1': 4, 'st-2': 2 },
};

/** What the app writes for `state` at the current version. */
export function savedAs(state: Partial<PersistedState>) {
  return { state: { ...emptyPersistedState, ...state }, version: PERSISTED_VERSION };
}
