import { describe, expect, it } from 'vitest';
import {
  MAX_REVIEW_RESPONSES,
  MAX_WAVES,
  ownedReviewSchema,
  type OwnedReview,
} from '../../../../src/domain/review/owned-review';
import { addResponse, freezeCurrentWave } from '../../../../src/domain/review/review-waves';
import { encodeBase64Url } from '../../../../src/links/base64url';
import { ownedReview, raterResponse, receivedResponse } from '../../support/reviews';

const NOW = new Date('2026-03-01T12:00:00.000Z');

function responseId(index: number): string {
  const bytes = new Uint8Array(8);
  bytes[6] = index >> 8;
  bytes[7] = index & 0xff;
  return encodeBase64Url(bytes);
}

function reviewHolding(count: number): OwnedReview {
  return ownedReview({
    responses: Array.from({ length: count }, (_, index) =>
      receivedResponse(raterResponse({ responseId: responseId(index) })),
    ),
  });
}

describe('the limits of one review', () => {
  it('takes responses up to the most stored data may hold, and says when it is full', () => {
    const almost = reviewHolding(MAX_REVIEW_RESPONSES - 1);
    const last = addResponse(almost, raterResponse({ responseId: responseId(9000) }), NOW);
    if (last.outcome !== 'added') throw new Error(`expected 'added', got '${last.outcome}'`);

    expect(ownedReviewSchema.safeParse(last.review).success).toBe(true);
    expect(addResponse(last.review, raterResponse({ responseId: responseId(9001) }), NOW)).toEqual({
      outcome: 'full',
    });
  });

  it('still says a known response is a duplicate when the review is full', () => {
    const full = reviewHolding(MAX_REVIEW_RESPONSES);

    expect(addResponse(full, raterResponse({ responseId: responseId(0) }), NOW)).toEqual({
      outcome: 'duplicate',
    });
  });

  it('never opens more waves than stored data may hold, however often it is frozen', () => {
    let review = ownedReview();
    for (let index = 0; index < MAX_REVIEW_RESPONSES + 5; index += 1) {
      const result = addResponse(
        freezeCurrentWave(review, NOW),
        raterResponse({ responseId: responseId(index) }),
        NOW,
      );
      if (result.outcome !== 'added') break;
      review = result.review;
    }

    expect(review.waves.length).toBeLessThanOrEqual(MAX_WAVES);
    expect(ownedReviewSchema.safeParse(review).success).toBe(true);
  });
});
