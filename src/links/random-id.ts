import { encodeBase64Url } from './base64url';

function randomId(bytes: number): string {
  return encodeBase64Url(crypto.getRandomValues(new Uint8Array(bytes)));
}

/** 16 random bytes: unguessable, so nobody can forge an invitation to someone else's review. */
export function createReviewId(): string {
  return randomId(16);
}

/** 8 random bytes for raters and responses: unique within a review. */
export function createShortId(): string {
  return randomId(8);
}
