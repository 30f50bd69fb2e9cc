import { describe, expect, it } from 'vitest';
import { listAwaitingAnswers } from '../../../../src/domain/review/awaiting-answers';
import {
  OTHER_REVIEW_ID,
  ownedReview,
  raterResponse,
  receivedResponse,
} from '../../support/reviews';

describe('listAwaitingAnswers', () => {
  it('counts the answers of the open wave only', () => {
    const review = ownedReview({
      waves: [
        { number: 1, frozenAt: '2025-02-20T10:00:00.000Z' },
        { number: 2, frozenAt: null },
      ],
      responses: [
        receivedResponse(raterResponse({ responseId: 'AAAAAAAAAAA' }), 1),
        receivedResponse(raterResponse({ responseId: 'AAAAAAAAAAE' }), 1),
        receivedResponse(raterResponse({ responseId: 'AAAAAAAAAAI' }), 2),
      ],
    });
    expect(listAwaitingAnswers([review])).toEqual([
      { id: review.id, subjectName: 'Ana Pérez', dueDate: '2025-03-31', received: 1 },
    ]);
  });

  it('leaves out a review whose report is frozen', () => {
    const review = ownedReview({ waves: [{ number: 1, frozenAt: '2025-02-20T10:00:00.000Z' }] });
    expect(listAwaitingAnswers([review])).toEqual([]);
  });

  it('lists the latest due date first: old reviews left open matter least', () => {
    const later = ownedReview({ dueDate: '2025-05-01' });
    const sooner = ownedReview({ id: OTHER_REVIEW_ID, dueDate: '2025-04-01' });
    expect(listAwaitingAnswers([later, sooner]).map((review) => review.id)).toEqual([
      later.id,
      OTHER_REVIEW_ID,
    ]);
  });
});
