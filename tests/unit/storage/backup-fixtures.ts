import type {
  CompletedAssessment,
  DraftAssessment,
} from '../../../src/domain/assessment/assessment';
import type { OwnedReview } from '../../../src/domain/review/owned-review';
import {
  backupDataSchema,
  createBackup,
  type Backup,
  type BackupData,
  type BackupError,
  type BackupResult,
} from '../../../src/storage/backup';
import { ownedReview, raterResponse, receivedResponse } from '../support/reviews';

export const NOW = new Date('2025-03-04T05:06:07.089Z');

export function assessment(
  id: string,
  completedAt = '2025-01-02T03:04:05.000Z',
): CompletedAssessment {
  return { id, completedAt, instrumentVersion: '2026.1', answers: { 'ep-1': 4, 'ra-6': 2 } };
}

export const draft: DraftAssessment = {
  startedAt: '2025-02-01T10:00:00.000Z',
  updatedAt: '2025-02-01T10:05:00.000Z',
  instrumentVersion: '2026.1',
  answers: { 'st-1': 3 },
  currentSkill: 'strategic-thinking',
  currentItemId: 'st-1',
};

/** Only the slices every backup has; the later ones take their defaults. */
export const emptyData: BackupData = backupDataSchema.parse({
  assessments: [],
  draft: null,
  settings: { language: null },
});

export const data: BackupData = {
  ...emptyData,
  assessments: [assessment('a1'), assessment('a2', '2025-01-03T00:00:00.000Z')],
  draft,
  settings: { language: 'es' },
};

export function responsesWith(reviewId: string, responseIds: readonly string[]) {
  return responseIds.map((responseId) => receivedResponse(raterResponse({ reviewId, responseId })));
}

export function reviewWith(id: string, responseIds: readonly string[]): OwnedReview {
  return ownedReview({ id, responses: responsesWith(id, responseIds) });
}

export function responseIdsOf(review: OwnedReview): string[] {
  return review.responses.map((received) => received.response.responseId);
}

export function backupOf(result: BackupResult): Backup {
  if (!result.ok) throw new Error(`expected a backup, got error ${result.error.code}`);
  return result.value;
}

export function errorOf(result: BackupResult): BackupError {
  if (result.ok) throw new Error('expected an error, got a backup');
  return result.error;
}

export function detailOf(result: BackupResult): string {
  const error = errorOf(result);
  if (error.code !== 'invalid') throw new Error(`expected 'invalid', got ${error.code}`);
  return error.detail;
}

/** A backup file with `changes` applied on top of a valid one. */
export function fileWith(changes: Record<string, unknown>): string {
  return JSON.stringify({ ...createBackup(data, NOW), ...changes });
}
