import fc from 'fast-check';
import type {
  CompletedAssessment,
  DraftAssessment,
} from '../../../src/domain/assessment/assessment';
import { allItemIds } from '../../../src/domain/instrument/instrument';
import type { OwnedReview } from '../../../src/domain/review/owned-review';
import { raterDraftKey, type RaterDraft } from '../../../src/domain/review/rater-draft';
import {
  MAX_ANONYMITY_THRESHOLD,
  MAX_RATER_NAME,
  MIN_ANONYMITY_THRESHOLD,
  raterCategories,
} from '../../../src/domain/review/review';
import { ratingValues } from '../../../src/domain/instrument/scale';
import { languages } from '../../../src/domain/instrument/settings';
import { skillIds } from '../../../src/domain/instrument/skills';
import type { BackupData } from '../../../src/storage/backup';
import { invitationArbitrary, responseArbitrary } from '../links/link-fixtures';
import { OTHER_REVIEW_ID, PUBLIC_KEY, REVIEW_ID } from '../support/reviews';
import { emptyData, reviewWith } from './backup-fixtures';

export const isoDate = fc
  .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
  .map((date) => date.toISOString());

export const answersArbitrary = fc.dictionary(
  fc.constantFrom(...allItemIds()),
  fc.constantFrom(...ratingValues),
);

export const assessmentArbitrary: fc.Arbitrary<CompletedAssessment> = fc.record({
  id: fc.string({ minLength: 1, maxLength: 64 }),
  completedAt: isoDate,
  instrumentVersion: fc.string({ minLength: 1, maxLength: 12 }),
  answers: answersArbitrary,
});

export const draftArbitrary: fc.Arbitrary<DraftAssessment> = fc.record({
  startedAt: isoDate,
  updatedAt: isoDate,
  instrumentVersion: fc.string({ minLength: 1, maxLength: 12 }),
  answers: answersArbitrary,
  currentSkill: fc.constantFrom(...skillIds, 'review' as const),
  currentItemId: fc.option(fc.constantFrom(...allItemIds()), { nil: null }),
});

export const shortIdArbitrary = fc.stringMatching(/^[A-Za-z0-9_-]{11}$/);

/** A review built around an invitation's fields, with responses spread over its waves. */
export const ownedReviewArbitrary: fc.Arbitrary<OwnedReview> = fc
  .record({
    invitation: invitationArbitrary(PUBLIC_KEY),
    createdAt: isoDate,
    ownerRole: fc.constantFrom('subject' as const, 'manager' as const),
    threshold: fc.integer({ min: MIN_ANONYMITY_THRESHOLD, max: MAX_ANONYMITY_THRESHOLD }),
    categories: fc.uniqueArray(fc.constantFrom(...raterCategories)),
    namedRaters: fc.array(
      fc.record({
        id: shortIdArbitrary,
        name: fc.string({ minLength: 1, maxLength: MAX_RATER_NAME }),
        category: fc.constantFrom(...raterCategories),
      }),
      { maxLength: 3 },
    ),
    selfAssessmentId: fc.option(fc.string({ minLength: 1, maxLength: 64 }), { nil: null }),
    responses: fc.array(
      fc.record({
        response: responseArbitrary,
        receivedAt: isoDate,
        wave: fc.integer({ min: 1, max: 3 }),
      }),
      { maxLength: 2 },
    ),
    frozenAt: fc.array(fc.option(isoDate, { nil: null }), { minLength: 1, maxLength: 3 }),
  })
  .map(({ invitation: shared, frozenAt, ...rest }) => ({
    ...rest,
    id: shared.reviewId,
    subjectName: shared.subjectName,
    ownerEmail: shared.ownerEmail ?? '',
    dueDate: shared.dueDate,
    message: shared.message,
    language: shared.language,
    instrumentVersion: shared.instrumentVersion,
    publicKey: shared.ownerPublicKey,
    privateKeyJwk: { kty: 'EC' as const, crv: 'P-256' as const, x: 'x', y: 'y', d: 'd' },
    waves: frozenAt.map((at, index) => ({ number: index + 1, frozenAt: at })),
  }));

export const raterDraftArbitrary: fc.Arbitrary<RaterDraft> = fc.record({
  invitation: invitationArbitrary(PUBLIC_KEY),
  answers: answersArbitrary,
  strength: fc.string({ maxLength: 200 }),
  develop: fc.string({ maxLength: 200 }),
  raterName: fc.string({ maxLength: MAX_RATER_NAME }),
  includeName: fc.boolean(),
  updatedAt: isoDate,
  sentCode: fc.option(fc.string({ minLength: 1, maxLength: 200 }), { nil: null }),
});

/** Slices without an arbitrary here stay empty. */
export const backupDataArbitrary: fc.Arbitrary<BackupData> = fc
  .record({
    assessments: fc.array(assessmentArbitrary, { maxLength: 5 }),
    draft: fc.option(draftArbitrary, { nil: null }),
    settings: fc.record({ language: fc.option(fc.constantFrom(...languages), { nil: null }) }),
    reviews: fc.array(ownedReviewArbitrary, { maxLength: 2 }),
    raterDrafts: fc
      .array(raterDraftArbitrary, { maxLength: 2 })
      .map((drafts) =>
        Object.fromEntries(drafts.map((entry) => [raterDraftKey(entry.invitation), entry])),
      ),
  })
  .map((generated) => ({ ...emptyData, ...generated }));

/** Reviews drawn from a few ids, so current and incoming often share reviews and responses. */
export const reviewListArbitrary: fc.Arbitrary<OwnedReview[]> = fc.uniqueArray(
  fc
    .record({
      id: fc.constantFrom(REVIEW_ID, OTHER_REVIEW_ID, 'EEEEEEEEEEEEEEEEEEEEEE'),
      responseIds: fc.uniqueArray(
        fc.constantFrom('response001', 'response002', 'response003', 'response004'),
      ),
    })
    .map(({ id, responseIds }) => reviewWith(id, responseIds)),
  { selector: (review) => review.id, maxLength: 3 },
);

export const errorCodes = [
  'too-large',
  'not-json',
  'wrong-format',
  'newer-version',
  'unsupported-version',
  'invalid',
];
