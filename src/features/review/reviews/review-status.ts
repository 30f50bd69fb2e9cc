import type { OwnedReview } from '../../../domain/review/owned-review';
import type { RaterCategory } from '../../../domain/review/review';
import { currentWave } from '../../../domain/review/review-waves';

/** Responses per category in the open (or latest) wave. */
export function receivedByCategory(review: OwnedReview): Record<RaterCategory, number> {
  const wave = currentWave(review).number;
  const counts: Record<RaterCategory, number> = {
    self: 0,
    manager: 0,
    peer: 0,
    'direct-report': 0,
    other: 0,
  };
  for (const { response, wave: responseWave } of review.responses) {
    if (responseWave === wave) counts[response.category] += 1;
  }
  return counts;
}

/** In the open (or latest) wave, like the group counts. */
export function hasNamedRaterAnswered(review: OwnedReview, raterId: string): boolean {
  const wave = currentWave(review).number;
  return review.responses.some((r) => r.wave === wave && r.response.raterId === raterId);
}
