import { describe, expect, it, vi } from 'vitest';
import { MAX_REVIEW_RESPONSES, type OwnedReview } from '../../../src/domain/review/owned-review';
import { DATA_KEY } from '../../../src/storage/storage-contract';
import { emptyPersistedState } from '../../../src/stores/persisted-state';
import { freshStorageAt, loadApp, readStoredState, storedState } from '../support/app-store';
import {
  OTHER_REVIEW_ID,
  REVIEW_ID,
  ownedReview,
  raterResponse,
  receivedResponse,
} from '../support/reviews';

const NOW = new Date('2025-03-04T05:06:07.089Z');
const LATER = new Date('2025-03-05T08:00:00.000Z');

const first = raterResponse({ responseId: 'response001' });
const second = raterResponse({ responseId: 'response002' });

function loadWithReviews(...reviews: OwnedReview[]) {
  return loadApp(storedState({ ...emptyPersistedState, reviews }));
}

function storedReviews(): OwnedReview[] {
  return readStoredState().reviews;
}

freshStorageAt(NOW);

describe('addReview', () => {
  it('adds the review and saves it', async () => {
    const { useAppStore } = await loadApp();
    const review = ownedReview();

    useAppStore.getState().addReview(review);

    expect(useAppStore.getState().reviews).toEqual([review]);
    expect(storedReviews()).toEqual([review]);
  });

  it('keeps the review after the app loads again', async () => {
    const review = ownedReview();
    const before = await loadApp();
    before.useAppStore.getState().addReview(review);

    const { useAppStore } = await loadApp();

    expect(useAppStore.getState().reviews).toEqual([review]);
  });
});

describe('receiveResponse', () => {
  it('adds a response to the open wave with the time it arrived and saves it', async () => {
    const { useAppStore } = await loadWithReviews(ownedReview());

    const outcome = useAppStore.getState().receiveResponse(first);

    const expected = [ownedReview({ responses: [receivedResponse(first, 1, NOW.toISOString())] })];
    expect(outcome).toEqual({ outcome: 'added', wave: 1 });
    expect(useAppStore.getState().reviews).toEqual(expected);
    expect(storedReviews()).toEqual(expected);
  });

  it('adds to the matching review only', async () => {
    const other = ownedReview({ id: OTHER_REVIEW_ID });
    const { useAppStore } = await loadWithReviews(ownedReview(), other);

    useAppStore.getState().receiveResponse({ ...first, reviewId: OTHER_REVIEW_ID });

    const [mine, theirs] = useAppStore.getState().reviews;
    expect(mine).toEqual(ownedReview());
    expect(theirs?.responses.map((received) => received.response.responseId)).toEqual([
      'response001',
    ]);
  });

  it.each<[string, OwnedReview[], 'duplicate' | 'unknown-review']>([
    [
      'a response already received',
      [ownedReview({ responses: [receivedResponse(first)] })],
      'duplicate',
    ],
    [
      'a response for a review this browser does not have',
      [ownedReview({ id: OTHER_REVIEW_ID })],
      'unknown-review',
    ],
    ['a response when there is no review at all', [], 'unknown-review'],
  ])('reports %s and stores nothing', async (_case, reviews, expected) => {
    const { useAppStore } = await loadWithReviews(...reviews);
    const storedBefore = localStorage.getItem(DATA_KEY);
    const reviewsBefore = useAppStore.getState().reviews;

    const outcome = useAppStore.getState().receiveResponse({ ...first, strength: 'Changed' });

    expect(outcome).toEqual({ outcome: expected });
    expect(useAppStore.getState().reviews).toBe(reviewsBefore);
    expect(localStorage.getItem(DATA_KEY)).toBe(storedBefore);
  });

  it('reports a review at its response limit as full, not as a duplicate, and stores nothing', async () => {
    const responses = Array.from({ length: MAX_REVIEW_RESPONSES }, (_, index) =>
      receivedResponse(raterResponse({ responseId: `r${String(index).padStart(10, '0')}` })),
    );
    const { useAppStore } = await loadWithReviews(ownedReview({ responses }));
    const storedBefore = localStorage.getItem(DATA_KEY);
    const reviewsBefore = useAppStore.getState().reviews;

    const outcome = useAppStore.getState().receiveResponse(first);

    expect(outcome).toEqual({ outcome: 'full' });
    expect(useAppStore.getState().reviews).toBe(reviewsBefore);
    expect(localStorage.getItem(DATA_KEY)).toBe(storedBefore);
  });
});

describe('freezeReview', () => {
  it('freezes the open wave and saves it', async () => {
    const { useAppStore } = await loadWithReviews(
      ownedReview({ responses: [receivedResponse(first)] }),
    );

    useAppStore.getState().freezeReview(REVIEW_ID);

    const expected = [{ number: 1, frozenAt: NOW.toISOString() }];
    expect(useAppStore.getState().reviews[0]?.waves).toEqual(expected);
    expect(storedReviews()[0]?.waves).toEqual(expected);
  });

  it('puts a response received after freezing in a new wave', async () => {
    const { useAppStore } = await loadWithReviews(
      ownedReview({ responses: [receivedResponse(first)] }),
    );
    useAppStore.getState().freezeReview(REVIEW_ID);
    vi.setSystemTime(LATER);

    const outcome = useAppStore.getState().receiveResponse(second);

    expect(outcome).toEqual({ outcome: 'added', wave: 2 });
    expect(useAppStore.getState().reviews[0]).toMatchObject({
      waves: [
        { number: 1, frozenAt: NOW.toISOString() },
        { number: 2, frozenAt: null },
      ],
      responses: [receivedResponse(first), receivedResponse(second, 2, LATER.toISOString())],
    });
  });

  it('keeps the first freezing time when frozen again', async () => {
    const { useAppStore } = await loadWithReviews(ownedReview());
    useAppStore.getState().freezeReview(REVIEW_ID);
    vi.setSystemTime(LATER);

    useAppStore.getState().freezeReview(REVIEW_ID);

    expect(useAppStore.getState().reviews[0]?.waves).toEqual([
      { number: 1, frozenAt: NOW.toISOString() },
    ]);
  });

  it('leaves the other reviews open', async () => {
    const other = ownedReview({ id: OTHER_REVIEW_ID });
    const { useAppStore } = await loadWithReviews(ownedReview(), other);

    useAppStore.getState().freezeReview(REVIEW_ID);

    expect(useAppStore.getState().reviews[1]).toEqual(other);
  });
});

describe('deleteReview', () => {
  it('deletes only the review with the given id and saves the rest', async () => {
    const other = ownedReview({ id: OTHER_REVIEW_ID });
    const { useAppStore } = await loadWithReviews(ownedReview(), other);

    useAppStore.getState().deleteReview(REVIEW_ID);

    expect(useAppStore.getState().reviews).toEqual([other]);
    expect(storedReviews()).toEqual([other]);
  });

  it('changes nothing for an id it does not know', async () => {
    const { useAppStore } = await loadWithReviews(ownedReview());

    useAppStore.getState().deleteReview(OTHER_REVIEW_ID);

    expect(useAppStore.getState().reviews).toEqual([ownedReview()]);
  });
});
