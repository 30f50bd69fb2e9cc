import type { StateCreator } from 'zustand';
import type { OwnedReview } from '../domain/owned-review';
import type { RaterResponse } from '../domain/review';
import { addResponse, freezeCurrentWave } from '../domain/review-waves';
import type { AppState } from './app-state';

export type ReceiveOutcome =
  { outcome: 'added'; wave: number } | { outcome: 'duplicate' } | { outcome: 'unknown-review' };

export interface ReviewsSlice {
  reviews: OwnedReview[];
  addReview: (review: OwnedReview) => void;
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
    set((state) => ({ reviews: [...state.reviews, review] }));
  },
  receiveResponse: (response) => {
    const review = get().reviews.find((candidate) => candidate.id === response.reviewId);
    if (!review) return { outcome: 'unknown-review' };
    const result = addResponse(review, response, new Date());
    if (result.outcome !== 'added') return { outcome: 'duplicate' };
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
