import {
  ownedReviewSchema,
  type OwnedReview,
  type ReceivedResponse,
} from '../../../src/domain/review/owned-review';
import { raterDraftSchema, type RaterDraft } from '../../../src/domain/review/rater-draft';
import {
  invitationSchema,
  raterResponseSchema,
  type Invitation,
  type RaterResponse,
} from '../../../src/domain/review/review';

export const REVIEW_ID = 'AAAAAAAAAAAAAAAAAAAAAA';
export const OTHER_REVIEW_ID = 'CCCCCCCCCCCCCCCCCCCCCC';
export const RESPONSE_ID = 'BBBBBBBBBBB';
export const RATER_ID = 'DDDDDDDDDDD';
/** Shaped like a raw P-256 public key in base64url; nothing here ever uses it as a key. */
export const PUBLIC_KEY = 'P'.repeat(87);

/*
 * Each builder parses what it returns, so a test never runs on an object the app would refuse.
 */

export function ownedReview(extra: Partial<OwnedReview> = {}): OwnedReview {
  return ownedReviewSchema.parse({
    id: REVIEW_ID,
    createdAt: '2025-02-01T09:00:00.000Z',
    subjectName: 'Ana Pérez',
    ownerRole: 'subject',
    ownerEmail: '',
    dueDate: '2025-03-31',
    message: '',
    threshold: 3,
    categories: ['manager', 'peer', 'direct-report'],
    language: 'en',
    instrumentVersion: '2026.1',
    publicKey: PUBLIC_KEY,
    privateKeyJwk: { kty: 'EC', crv: 'P-256', x: 'x', y: 'y', d: 'd' },
    namedRaters: [],
    selfAssessmentId: null,
    responses: [],
    waves: [{ number: 1, frozenAt: null }],
    ...extra,
  });
}

export function raterResponse(extra: Partial<RaterResponse> = {}): RaterResponse {
  return raterResponseSchema.parse({
    responseId: RESPONSE_ID,
    reviewId: REVIEW_ID,
    category: 'peer',
    answers: { 'ep-1': 4, 'st-2': 0 },
    strength: 'Listens well',
    develop: '',
    raterName: '',
    language: 'en',
    instrumentVersion: '2026.1',
    ...extra,
  });
}

export function receivedResponse(
  response: RaterResponse,
  wave = 1,
  receivedAt = '2025-02-10T12:00:00.000Z',
): ReceivedResponse {
  return { response, receivedAt, wave };
}

export function invitation(extra: Partial<Invitation> = {}): Invitation {
  return invitationSchema.parse({
    reviewId: REVIEW_ID,
    category: 'peer',
    subjectName: 'Ana Pérez',
    message: '',
    dueDate: '2025-03-31',
    language: 'en',
    instrumentVersion: '2026.1',
    ownerPublicKey: PUBLIC_KEY,
    ...extra,
  });
}

export function raterDraft(extra: Partial<RaterDraft> = {}): RaterDraft {
  return raterDraftSchema.parse({
    invitation: invitation(),
    answers: {},
    strength: '',
    develop: '',
    raterName: '',
    includeName: false,
    updatedAt: '2025-02-05T08:00:00.000Z',
    sentCode: null,
    ...extra,
  });
}
