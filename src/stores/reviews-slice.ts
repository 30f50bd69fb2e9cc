import type { StateCreator } from 'zustand';
import {
  MAX_NAMED_RATERS,
  ownedReviewSchema,
  type OwnedReview,
} from '../domain/review/owned-review';
import type { RaterResponse } from '../domain/review/review';
import { addResponse, freezeCurrentWave } from '../domain/review/review-waves';
import type { AppState } from './app-state';

export type ReceiveOutcome =
  | { outcome: 'added'; wave: number }
  | { outcome: 'duplicate' }
  /** The review holds as many responses as stored data may keep; nothing was added. */
  | { outcome: 'full' }
  | { outcome: 'unknown-review' };

/**
 * `full`: more named raters than a stored review may keep; `invalid`: anything else the stored
 * schema would refuse at the next load. Either way nothing is saved.
 */
export type AddReviewOutcome = 'saved' | 'full' | 'invalid';

export interface ReviewsSlice {
  reviews: OwnedReview[];
  addReview: (review: OwnedReview) => AddReviewOutcome;
  /** Stores an opened response once; a second import of the same response changes nothing. */
  receiveResponse: (response: RaterResponse) => ReceiveOutcome;
  /** Freezes the open wave: what it shows never changes again. */
  freezeReview: (reviewId: string) => void;
  deleteReview: (reviewId: string) => void;
  /** The self-assessment used as the self view when the subject owns the review. */
  setSelfView: (reviewId: string, assessmentId: string) => void;
}

export const createReviewsSlice: StateCreator<AppState, [], [], ReviewsSlice> = (set, get) => ({
  reviews: [],
  addReview: (review) => {
    if (review.namedRaters.length > MAX_NAMED_RATERS) return 'full';
    if (!ownedReviewSchema.safeParse(review).success) return 'invalid';
    set((state) => ({ reviews: [...state.reviews, review] }));
    return 'saved';
  },
  receiveResponse: (response) => {
    const review = get().reviews.find((candidate) => candidate.id === response.reviewId);
    if (!review) return { outcome: 'unknown-review' };
    const result = addResponse(review, response, new Date());
    if (result.outcome === 'duplicate' || result.outcome === 'full') {
      return { outcome: result.outcome };
    }
    if (result.outcome === 'wrong-review') return { outcome: 'unknown-review' };
    set((state) => ({
      reviews: state.reviews.map((r) => (r.id === review.id ? result.review : r)),
    }));
    return { outcome: 'added', wave: result.wave };
  },
  freezeReview: (reviewId) => {
    set((state) => ({
      reviews: state.reviews.map((r) => (r.id === reviewId ? freezeCurrentWave(r, new Date()) : r)),
    }));
  },
  deleteReview: (reviewId) => {
    set((state) => ({ reviews: state.reviews.filter((r) => r.id !== reviewId) }));
  },
  setSelfView: (reviewId, assessmentId) => {
    set((state) => ({
      reviews: state.reviews.map((r) =>
        r.id === reviewId ? { ...r, selfAssessmentId: assessmentId } : r,
      ),
    }));
  },
});
