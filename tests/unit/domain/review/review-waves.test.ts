import { describe, expect, it } from 'vitest';
import type { OwnedReview } from '../../../../src/domain/review/owned-review';
import type { RaterResponse } from '../../../../src/domain/review/review';
import {
  addResponse,
  currentWave,
  freezeCurrentWave,
  isFrozen,
  responsesInWave,
  type AddResponseResult,
} from '../../../../src/domain/review/review-waves';
import { OTHER_REVIEW_ID, ownedReview, raterResponse } from '../../support/reviews';

const RECEIVED = new Date('2025-02-10T12:00:00.000Z');
const FROZEN = new Date('2025-02-20T12:00:00.000Z');
const LATER = new Date('2025-03-01T12:00:00.000Z');

const first = raterResponse({ responseId: 'response001' });
const second = raterResponse({ responseId: 'response002', category: 'manager' });
const late = raterResponse({ responseId: 'response003' });

function added(result: AddResponseResult): { review: OwnedReview; wave: number } {
  if (result.outcome !== 'added') throw new Error(`expected 'added', got '${result.outcome}'`);
  return result;
}

function withResponses(...responses: RaterResponse[]): OwnedReview {
  return responses.reduce(
    (review, response) => added(addResponse(review, response, RECEIVED)).review,
    ownedReview(),
  );
}

describe('addResponse', () => {
  it('adds a response to the open first wave with the time it was received', () => {
    const review = ownedReview();

    const result = added(addResponse(review, first, RECEIVED));

    expect(result.wave).toBe(1);
    expect(result.review.responses).toEqual([
      { response: first, receivedAt: RECEIVED.toISOString(), wave: 1 },
    ]);
    expect(result.review.waves).toEqual([{ number: 1, frozenAt: null }]);
  });

  it('refuses a response whose id the review already holds', () => {
    const review = withResponses(first);

    expect(addResponse(review, { ...first, strength: 'Changed' }, LATER)).toEqual({
      outcome: 'duplicate',
    });
  });

  it('refuses a response meant for another review', () => {
    const review = ownedReview();

    expect(addResponse(review, { ...first, reviewId: OTHER_REVIEW_ID }, RECEIVED)).toEqual({
      outcome: 'wrong-review',
    });
  });

  it('does not change the review it was given', () => {
    const review = withResponses(first);
    const before = structuredClone(review);

    addResponse(review, second, RECEIVED);

    expect(review).toEqual(before);
  });

  it('opens wave 2 for a response after the first wave was frozen, leaving wave 1 as it was', () => {
    const frozen = freezeCurrentWave(withResponses(first, second), FROZEN);

    const result = added(addResponse(frozen, late, LATER));

    expect(result.wave).toBe(2);
    expect(result.review.waves).toEqual([
      { number: 1, frozenAt: FROZEN.toISOString() },
      { number: 2, frozenAt: null },
    ]);
    expect(responsesInWave(result.review, 1)).toEqual([first, second]);
    expect(responsesInWave(result.review, 2)).toEqual([late]);
  });

  it('keeps adding to wave 2 while it stays open', () => {
    const frozen = freezeCurrentWave(withResponses(first), FROZEN);
    const inWaveTwo = added(addResponse(frozen, second, LATER)).review;

    const result = added(addResponse(inWaveTwo, late, LATER));

    expect(result.wave).toBe(2);
    expect(result.review.waves).toHaveLength(2);
    expect(responsesInWave(result.review, 2)).toEqual([second, late]);
  });

  it('refuses a response already in a frozen wave', () => {
    const frozen = freezeCurrentWave(withResponses(first), FROZEN);

    expect(addResponse(frozen, first, LATER)).toEqual({ outcome: 'duplicate' });
  });
});

describe('freezeCurrentWave', () => {
  it('stamps the open wave with the time it was frozen', () => {
    const review = withResponses(first);

    const frozen = freezeCurrentWave(review, FROZEN);

    expect(frozen.waves).toEqual([{ number: 1, frozenAt: FROZEN.toISOString() }]);
    expect(frozen.responses).toEqual(review.responses);
    expect(isFrozen(frozen)).toBe(true);
    expect(isFrozen(review)).toBe(false);
  });

  it('changes nothing when the latest wave is already frozen', () => {
    const frozen = freezeCurrentWave(withResponses(first), FROZEN);

    expect(freezeCurrentWave(frozen, LATER)).toBe(frozen);
  });

  it('freezes only the latest wave', () => {
    const frozen = freezeCurrentWave(withResponses(first), FROZEN);
    const withWaveTwo = added(addResponse(frozen, second, LATER)).review;

    const refrozen = freezeCurrentWave(withWaveTwo, LATER);

    expect(refrozen.waves).toEqual([
      { number: 1, frozenAt: FROZEN.toISOString() },
      { number: 2, frozenAt: LATER.toISOString() },
    ]);
    expect(currentWave(refrozen).number).toBe(2);
  });
});

describe('responsesInWave', () => {
  it('lists the responses of one wave in the order they arrived', () => {
    const review = withResponses(second, first);

    expect(responsesInWave(review, 1)).toEqual([second, first]);
  });

  it.each([0, 2, 99])('lists nothing for wave %d that holds no response', (wave) => {
    expect(responsesInWave(withResponses(first), wave)).toEqual([]);
  });
});
