import type { OwnedReview } from './owned-review';
import { currentWave } from './review-waves';

export interface AwaitingReview {
  id: string;
  subjectName: string;
  /** YYYY-MM-DD. */
  dueDate: string;
  /** Answers received so far in the open wave. */
  received: number;
}

/** Reviews whose current wave is still open to answers, the latest due date first. */
export function listAwaitingAnswers(reviews: readonly OwnedReview[]): AwaitingReview[] {
  return reviews
    .flatMap((review): AwaitingReview[] => {
      const wave = currentWave(review);
      if (wave.frozenAt !== null) return [];
      const received = review.responses.filter((r) => r.wave === wave.number).length;
      return [
        { id: review.id, subjectName: review.subjectName, dueDate: review.dueDate, received },
      ];
    })
    .sort((a, b) => (a.dueDate > b.dueDate ? -1 : a.dueDate < b.dueDate ? 1 : 0));
}
