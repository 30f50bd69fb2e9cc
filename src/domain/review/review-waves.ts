import {
  MAX_REVIEW_RESPONSES,
  type OwnedReview,
  type ReceivedResponse,
  type Wave,
} from './owned-review';
import type { RaterResponse } from './review';

export type AddResponseResult =
  | { outcome: 'added'; review: OwnedReview; wave: number }
  | { outcome: 'duplicate' }
  | { outcome: 'wrong-review' }
  /** The review holds as many responses as stored data may: one more would not read back. */
  | { outcome: 'full' };

export function currentWave(review: OwnedReview): Wave {
  const last = review.waves[review.waves.length - 1];
  return last ?? { number: 1, frozenAt: null };
}

export function isFrozen(review: OwnedReview): boolean {
  return currentWave(review).frozenAt !== null;
}

/**
 * Adds a response to the open wave. When the latest wave is frozen (report shared or review
 * closed), a new wave opens, so a late answer never changes what was already shown.
 */
export function addResponse(
  review: OwnedReview,
  response: RaterResponse,
  now: Date,
): AddResponseResult {
  if (response.reviewId !== review.id) return { outcome: 'wrong-review' };
  if (review.responses.some((r) => r.response.responseId === response.responseId)) {
    return { outcome: 'duplicate' };
  }
  if (review.responses.length >= MAX_REVIEW_RESPONSES) return { outcome: 'full' };
  const latest = currentWave(review);
  const waves =
    latest.frozenAt === null
      ? review.waves
      : [...review.waves, { number: latest.number + 1, frozenAt: null }];
  const wave = latest.frozenAt === null ? latest.number : latest.number + 1;
  const received: ReceivedResponse = { response, receivedAt: now.toISOString(), wave };
  return {
    outcome: 'added',
    wave,
    review: { ...review, waves, responses: [...review.responses, received] },
  };
}

/** Freezes the open wave; a frozen wave stays as it is. */
export function freezeCurrentWave(review: OwnedReview, now: Date): OwnedReview {
  const latest = currentWave(review);
  if (latest.frozenAt !== null) return review;
  return {
    ...review,
    waves: review.waves.map((wave) =>
      wave.number === latest.number ? { ...wave, frozenAt: now.toISOString() } : wave,
    ),
  };
}

export function responsesInWave(review: OwnedReview, wave: number): RaterResponse[] {
  return review.responses.filter((r) => r.wave === wave).map((r) => r.response);
}
