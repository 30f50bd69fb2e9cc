// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { reviewIdSchema, shortIdSchema } from '../../../src/domain/review/review';
import { decodeBase64Url } from '../../../src/links/base64url';
import { createReviewId, createShortId } from '../../../src/links/random-id';

describe('random ids', () => {
  it('makes review ids the schema accepts and links can pack as 16 bytes', () => {
    const id = createReviewId();

    expect(reviewIdSchema.safeParse(id).success).toBe(true);
    expect(decodeBase64Url(id)).toHaveLength(16);
  });

  it('makes rater and response ids the schema accepts and links can pack as 8 bytes', () => {
    const id = createShortId();

    expect(shortIdSchema.safeParse(id).success).toBe(true);
    expect(decodeBase64Url(id)).toHaveLength(8);
  });

  it('does not repeat itself', () => {
    const ids = new Set(Array.from({ length: 100 }, createShortId));

    expect(ids.size).toBe(100);
  });
});
