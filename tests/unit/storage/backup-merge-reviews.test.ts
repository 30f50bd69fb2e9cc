import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { raterDraftKey } from '../../../src/domain/review/rater-draft';
import { mergeBackup, type BackupData } from '../../../src/storage/backup';
import {
  OTHER_REVIEW_ID,
  REVIEW_ID,
  invitation,
  ownedReview,
  raterDraft,
  raterResponse,
  receivedResponse,
} from '../support/reviews';
import {
  assessment,
  emptyData,
  data,
  responsesWith,
  reviewWith,
  responseIdsOf,
} from './backup-fixtures';
import { reviewListArbitrary } from './backup-arbitraries';

describe('mergeBackup', () => {
  it('adds reviews whose id is unknown and counts each one', () => {
    const known = reviewWith(REVIEW_ID, ['response001']);
    const unknown = ownedReview({ id: OTHER_REVIEW_ID, subjectName: 'Bo Chen' });

    const merged = mergeBackup(
      { ...emptyData, reviews: [known] },
      { ...emptyData, reviews: [unknown] },
    );

    expect(merged.added).toBe(1);
    expect(merged.data.reviews).toEqual([known, unknown]);
  });

  it('adds to a known review only the responses it lacks and counts them', () => {
    const current = reviewWith(REVIEW_ID, ['response001', 'response002']);
    const incoming = {
      ...reviewWith(REVIEW_ID, ['response002', 'response003']),
      subjectName: 'Another name',
    };

    const merged = mergeBackup(
      { ...emptyData, reviews: [current] },
      { ...emptyData, reviews: [incoming] },
    );

    expect(merged.added).toBe(1);
    expect(merged.data.reviews).toHaveLength(1);
    expect(merged.data.reviews[0]).toEqual({
      ...current,
      responses: [...current.responses, ...responsesWith(REVIEW_ID, ['response003'])],
    });
  });

  it('keeps the current copy of a response both sides have', () => {
    const mine = receivedResponse(raterResponse({ strength: 'Mine' }));
    const theirs = receivedResponse(raterResponse({ strength: 'Theirs' }));

    const merged = mergeBackup(
      { ...emptyData, reviews: [ownedReview({ responses: [mine] })] },
      { ...emptyData, reviews: [ownedReview({ responses: [theirs] })] },
    );

    expect(merged.added).toBe(0);
    expect(merged.data.reviews[0]?.responses).toEqual([mine]);
  });

  it('counts new assessments, reviews and responses together', () => {
    const current: BackupData = { ...data, reviews: [reviewWith(REVIEW_ID, ['response001'])] };
    const incoming: BackupData = {
      ...emptyData,
      assessments: [assessment('a9')],
      reviews: [
        reviewWith(REVIEW_ID, ['response001', 'response002', 'response003']),
        reviewWith(OTHER_REVIEW_ID, ['response004']),
      ],
    };

    expect(mergeBackup(current, incoming).added).toBe(4);
  });

  it('adds nothing when the backup holds the same reviews', () => {
    const current: BackupData = {
      ...data,
      reviews: [reviewWith(REVIEW_ID, ['response001']), reviewWith(OTHER_REVIEW_ID, [])],
    };

    const merged = mergeBackup(current, structuredClone(current));

    expect(merged.added).toBe(0);
    expect(merged.data).toEqual(current);
  });

  it('adds nothing the second time the same backup is merged', () => {
    const current: BackupData = { ...emptyData, reviews: [reviewWith(REVIEW_ID, ['response001'])] };
    const incoming: BackupData = {
      ...emptyData,
      reviews: [
        reviewWith(REVIEW_ID, ['response002']),
        reviewWith(OTHER_REVIEW_ID, ['response003']),
      ],
    };

    const once = mergeBackup(current, incoming);
    const twice = mergeBackup(once.data, incoming);

    expect(once.added).toBe(2);
    expect(twice.added).toBe(0);
    expect(twice.data).toEqual(once.data);
  });

  it('adds a review repeated inside the backup only once', () => {
    const review = reviewWith(OTHER_REVIEW_ID, ['response001']);

    const merged = mergeBackup(emptyData, { ...emptyData, reviews: [review, review] });

    expect(merged.added).toBe(1);
    expect(merged.data.reviews).toEqual([review]);
  });

  it('adds a response repeated inside a backed-up review only once', () => {
    const current = reviewWith(REVIEW_ID, []);
    const response = receivedResponse(raterResponse({ responseId: 'response001' }));
    const incoming = ownedReview({ responses: [response, response] });

    const merged = mergeBackup(
      { ...emptyData, reviews: [current] },
      { ...emptyData, reviews: [incoming] },
    );

    expect(merged.added).toBe(1);
    expect(merged.data.reviews[0]?.responses).toEqual([response]);
  });

  it('keeps the current rater drafts and adds the ones this browser lacks', () => {
    const peerKey = raterDraftKey(invitation());
    const managerKey = raterDraftKey(invitation({ category: 'manager' }));
    const mine = raterDraft({ strength: 'Mine' });
    const theirs = raterDraft({ strength: 'Theirs' });
    const manager = raterDraft({ invitation: invitation({ category: 'manager' }) });

    const merged = mergeBackup(
      { ...emptyData, raterDrafts: { [peerKey]: mine } },
      { ...emptyData, raterDrafts: { [peerKey]: theirs, [managerKey]: manager } },
    );

    expect(merged.data.raterDrafts).toEqual({ [peerKey]: mine, [managerKey]: manager });
  });

  it('never holds a review or a response twice, and a second merge adds nothing', () => {
    fc.assert(
      fc.property(reviewListArbitrary, reviewListArbitrary, (currentReviews, incomingReviews) => {
        const current: BackupData = { ...emptyData, reviews: currentReviews };
        const incoming: BackupData = { ...emptyData, reviews: incomingReviews };

        const once = mergeBackup(current, incoming);

        const ids = once.data.reviews.map((review) => review.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const review of once.data.reviews) {
          const responseIds = responseIdsOf(review);
          expect(new Set(responseIds).size).toBe(responseIds.length);
          const before = [currentReviews, incomingReviews].flatMap((reviews) =>
            reviews.filter((r) => r.id === review.id).flatMap(responseIdsOf),
          );
          expect(new Set(responseIds)).toEqual(new Set(before));
        }
        // A new review counts once; a known one counts each response it gains.
        const expectedAdded = incomingReviews.reduce((sum, review) => {
          const known = currentReviews.find((candidate) => candidate.id === review.id);
          if (!known) return sum + 1;
          const knownResponses = new Set(responseIdsOf(known));
          return sum + responseIdsOf(review).filter((id) => !knownResponses.has(id)).length;
        }, 0);
        expect(once.added).toBe(expectedAdded);

        const twice = mergeBackup(once.data, incoming);
        expect(twice.added).toBe(0);
        expect(twice.data).toEqual(once.data);
      }),
    );
  });
});
