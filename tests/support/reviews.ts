import { itemBank } from '../../src/content/item-bank';
import { itemsForSkill, type ItemId } from '../../src/domain/instrument/instrument';
import {
  ownedReviewSchema,
  type OwnedReview,
  type ReceivedResponse,
} from '../../src/domain/review/owned-review';
import {
  raterResponseSchema,
  type Invitation,
  type RaterAnswers,
  type RaterCategory,
  type RaterResponse,
} from '../../src/domain/review/review';
import type { RaterAnswer } from '../../src/domain/instrument/scale';
import { skillIds } from '../../src/domain/instrument/skills';
import { encodeBase64Url } from '../../src/links/base64url';
import { packInvitation } from '../../src/links/invitation-link';
import { createOwnerKeyPair } from '../../src/links/key-pair';
import { sealResponse } from '../../src/links/response-seal';

export const REVIEW_ID = 'AAECAwQFBgcICQoLDA0ODw';
export const OTHER_REVIEW_ID = 'DwAOAA0ADAALAAoACQAIAA';
export const SUBJECT = 'Ana Pérez';

/** Items in the order a rater meets them: skill by skill, as the form shows them. */
export const itemsInFormOrder: ItemId[] = skillIds.flatMap((skill) =>
  itemsForSkill(itemBank, skill).map((item) => item.id),
);

/** Every item of the instrument answered the same way. */
export function answersOf(answer: RaterAnswer): RaterAnswers {
  return Object.fromEntries(itemBank.items.map((item) => [item.id, answer]));
}

/**
 * A stable 11-character id (8 bytes, as the app makes them) from a label and a number, so each
 * test's ids differ and stay the same from run to run. Link codecs accept only canonical ids.
 */
export function shortIdFor(label: string, index: number): string {
  const bytes = new Uint8Array(8);
  bytes.set(new TextEncoder().encode(label.slice(0, 7)));
  bytes[7] = index;
  return encodeBase64Url(bytes);
}

/**
 * A review owned by this browser with a real P-256 key pair, so its invitations pack and the
 * responses sealed for it open. Parsed, so a test never runs on data the app would refuse.
 */
export async function createOwnedReview(extra: Partial<OwnedReview> = {}): Promise<OwnedReview> {
  const keys = await createOwnerKeyPair();
  return ownedReviewSchema.parse({
    id: REVIEW_ID,
    createdAt: '2026-02-01T09:00:00.000Z',
    subjectName: SUBJECT,
    ownerRole: 'subject',
    ownerEmail: '',
    dueDate: '2026-03-31',
    message: '',
    threshold: 3,
    categories: ['manager', 'peer', 'direct-report'],
    language: 'en',
    instrumentVersion: itemBank.version,
    publicKey: keys.publicKey,
    privateKeyJwk: keys.privateKeyJwk,
    namedRaters: [],
    selfAssessmentId: null,
    responses: [],
    waves: [{ number: 1, frozenAt: null }],
    ...extra,
  });
}

export function raterResponse(extra: Partial<RaterResponse> = {}): RaterResponse {
  return raterResponseSchema.parse({
    responseId: shortIdFor('resp', 1),
    reviewId: REVIEW_ID,
    category: 'peer',
    answers: answersOf(4),
    strength: '',
    develop: '',
    raterName: '',
    language: 'en',
    instrumentVersion: itemBank.version,
    ...extra,
  });
}

export function receivedResponse(response: RaterResponse, wave = 1): ReceivedResponse {
  return { response, receivedAt: '2026-02-10T12:00:00.000Z', wave };
}

/** `count` responses of one category, each rating every item with the next of `ratings`. */
export function responsesFrom(
  category: RaterCategory,
  ratings: readonly RaterAnswer[],
  extra: (index: number) => Partial<RaterResponse> = () => ({}),
): RaterResponse[] {
  return ratings.map((rating, index) =>
    raterResponse({
      responseId: shortIdFor(category, index + 1),
      category,
      answers: answersOf(rating),
      ...extra(index),
    }),
  );
}

/** The response code a rater's browser would produce for this review. */
export function sealFor(review: OwnedReview, response: RaterResponse): Promise<string> {
  return sealResponse(response, review.publicKey);
}

export function invitationFor(
  review: OwnedReview,
  category: RaterCategory,
  extra: Partial<Invitation> = {},
): Invitation {
  return {
    reviewId: review.id,
    category,
    subjectName: review.subjectName,
    message: review.message,
    dueDate: review.dueDate,
    language: review.language,
    instrumentVersion: review.instrumentVersion,
    ownerPublicKey: review.publicKey,
    ...extra,
  };
}

/** The code an invitation link carries after `#`. */
export function packedInvitation(
  review: OwnedReview,
  category: RaterCategory,
  extra: Partial<Invitation> = {},
): Promise<string> {
  return packInvitation(invitationFor(review, category, extra));
}
