import type { OwnedReview } from '../../../../src/domain/review/owned-review';
import type { RaterAnswer } from '../../../../src/domain/instrument/scale';
import type { RaterCategory, RaterResponse } from '../../../../src/domain/review/review';
import {
  createOwnedReview,
  raterResponse,
  answersOf,
  receivedResponse,
  shortIdFor,
} from '../../../support/reviews';

/** Review ids for the team: 22 base64url characters, distinct per index. */
export function teamReviewId(index: number): string {
  return `TeamReview${String(index).padStart(2, '0')}AAAAAAAAAA`;
}

export interface Answer {
  category: RaterCategory;
  rating: RaterAnswer;
  raterId?: string;
}

/** A manager-owned review of `name` holding the given answers in wave 1. */
export async function teamReview(
  index: number,
  name: string,
  answers: readonly Answer[],
  extra: Partial<OwnedReview> = {},
): Promise<OwnedReview> {
  const id = teamReviewId(index);
  const responses = answers.map((answer, n) =>
    receivedResponse(
      raterResponse({
        responseId: shortIdFor(`r${String(index)}`, n + 1),
        reviewId: id,
        category: answer.category,
        answers: answersOf(answer.rating),
        ...(answer.raterId ? { raterId: answer.raterId } : {}),
      } satisfies Partial<RaterResponse>),
    ),
  );
  return createOwnedReview({
    id,
    subjectName: name,
    ownerRole: 'manager',
    categories: ['self', 'manager', 'peer', 'direct-report'],
    responses,
    ...extra,
  });
}

export function many(category: RaterCategory, ratings: readonly RaterAnswer[]): Answer[] {
  return ratings.map((rating) => ({ category, rating }));
}
