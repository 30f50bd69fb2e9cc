import { randomBytes, webcrypto } from 'node:crypto';
import type { OwnedReview } from '../../../src/domain/review/owned-review';
import type { RaterCategory, RaterResponse } from '../../../src/domain/review/review';
import { packInvitation } from '../../../src/links/invitation-link';
import { INSTRUMENT_VERSION } from './instrument';
import type { Lang } from './locales';
import type { ReviewSpec } from './review-owner';
import { toRaterAnswers, type Sheet } from './review-sheets';

/* Seeded reviews, for the pages whose look (not whose arithmetic) a test is about. */

function randomId(bytes: number): string {
  return randomBytes(bytes).toString('base64url');
}

/** A real P-256 key pair, in the shapes the app stores: raw public point and a bare JWK. */
async function ownerKeys(): Promise<Pick<OwnedReview, 'publicKey' | 'privateKeyJwk'>> {
  const pair = await webcrypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, [
    'deriveBits',
  ]);
  const raw = new Uint8Array(await webcrypto.subtle.exportKey('raw', pair.publicKey));
  const jwk = await webcrypto.subtle.exportKey('jwk', pair.privateKey);
  const { x, y, d } = jwk;
  if (x === undefined || y === undefined || d === undefined) throw new Error('incomplete JWK');
  return {
    publicKey: Buffer.from(raw).toString('base64url'),
    privateKeyJwk: { kty: 'EC', crv: 'P-256', x, y, d },
  };
}

export interface SeededResponse {
  category: RaterCategory;
  sheet: Sheet;
  strength?: string;
  develop?: string;
}

/** A date `days` from today, as the due-date field holds it. */
export function isoDateIn(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** A review as its owner's browser would hold it after collecting `responses` in wave 1. */
export async function seededReview(
  spec: Omit<ReviewSpec, 'email'> & { responses?: readonly SeededResponse[] },
): Promise<OwnedReview> {
  const id = randomId(16);
  const now = new Date().toISOString();
  const responses = (spec.responses ?? []).map((seed) => {
    const response: RaterResponse = {
      responseId: randomId(8),
      reviewId: id,
      category: seed.category,
      answers: toRaterAnswers(seed.sheet),
      strength: seed.strength ?? '',
      develop: seed.develop ?? '',
      raterName: '',
      language: 'en',
      instrumentVersion: INSTRUMENT_VERSION,
    };
    return { response, receivedAt: now, wave: 1 };
  });
  return {
    id,
    createdAt: now,
    subjectName: spec.subject,
    ownerRole: spec.ownerRole,
    ownerEmail: '',
    dueDate: isoDateIn(14),
    message: spec.message ?? '',
    threshold: 3,
    categories: [...spec.categories],
    language: 'en',
    instrumentVersion: INSTRUMENT_VERSION,
    ...(await ownerKeys()),
    namedRaters: [],
    selfAssessmentId: null,
    responses,
    waves: [{ number: 1, frozenAt: null }],
  };
}

/** The code a peer's invitation link to `review` carries after its #. */
export function peerInvitationCode(
  review: OwnedReview,
  { language = 'en', message = '' }: { language?: Lang; message?: string } = {},
): Promise<string> {
  return packInvitation({
    reviewId: review.id,
    category: 'peer',
    subjectName: review.subjectName,
    message,
    dueDate: review.dueDate,
    language,
    instrumentVersion: review.instrumentVersion,
    ownerPublicKey: review.publicKey,
  });
}
