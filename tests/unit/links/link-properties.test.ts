// @vitest-environment node
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  invitationSchema,
  raterCategorySchema,
  reviewIdSchema,
} from '../../../src/domain/review/review';
import { base64UrlAlphabet, decodeBase64Url, encodeBase64Url } from '../../../src/links/base64url';
import { packInvitation, unpackInvitation } from '../../../src/links/invitation-link';
import { codeFromText } from '../../../src/links/link-url';
import { openResponse, peekResponse, sealResponse } from '../../../src/links/response-seal';
import {
  byteEditArbitrary,
  createOwner,
  invitationArbitrary,
  responseArbitrary,
  sampleInvitation,
  sampleResponse,
} from './link-fixtures';

const numRuns = 200;
const responseHeaderSchema = z.object({ reviewId: reviewIdSchema, category: raterCategorySchema });
let owner: Awaited<ReturnType<typeof createOwner>>;
let invitationCode = '';
let responseCode = '';

beforeAll(async () => {
  owner = await createOwner();
  invitationCode = await packInvitation(
    sampleInvitation(owner.publicKey, { message: 'Merci', ownerEmail: 'o@example.org' }),
  );
  responseCode = await sealResponse(sampleResponse({ develop: 'Delegate' }), owner.publicKey);
});

const anyText = fc.string({ unit: 'binary', maxLength: 200 });
/** Text that passes the first checks: a kind letter, then base64url characters only. */
const codeLikeText = fc.stringMatching(/^[IR][A-Za-z0-9_-]{0,300}$/);

function editByte(code: string, position: number, mask: number): string {
  const bytes = decodeBase64Url(code);
  const index = position % bytes.length;
  bytes[index] = (bytes[index] ?? 0) ^ mask;
  return encodeBase64Url(bytes);
}

describe('link decoders under arbitrary input', () => {
  it('refuse any pasted text without throwing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(anyText, codeLikeText), async (text) => {
        const code = codeFromText(text);
        expect((await unpackInvitation(text)).ok).toBe(false);
        expect((await unpackInvitation(code)).ok).toBe(false);
        expect((await openResponse(code, owner.privateKey)).ok).toBe(false);
      }),
      { numRuns },
    );
  });

  it('peek at any pasted text without throwing, refusing all but code-like text', async () => {
    await fc.assert(
      fc.asyncProperty(anyText, async (text) => {
        expect((await peekResponse(text)).ok).toBe(false);
      }),
      { numRuns },
    );
    // The clear header carries no checksum, so random code-like text can pass as one.
    await fc.assert(
      fc.asyncProperty(codeLikeText, async (text) => {
        const peeked = await peekResponse(text);
        if (peeked.ok) expect(responseHeaderSchema.parse(peeked.value)).toEqual(peeked.value);
      }),
      { numRuns },
    );
  });

  it('refuse an invitation with any one byte edited', async () => {
    await fc.assert(
      fc.asyncProperty(byteEditArbitrary, async ({ position, mask }) => {
        const result = await unpackInvitation(editByte(invitationCode, position, mask));
        expect(result.ok).toBe(false);
      }),
      { numRuns },
    );
  });

  it('refuse a response with any one byte edited', async () => {
    await fc.assert(
      fc.asyncProperty(byteEditArbitrary, async ({ position, mask }) => {
        const result = await openResponse(editByte(responseCode, position, mask), owner.privateKey);
        expect(result.ok).toBe(false);
      }),
      { numRuns },
    );
  });

  it('refuse codes with any one character replaced', async () => {
    const alphabet = fc
      .integer({ min: 0, max: 63 })
      .map((index) => base64UrlAlphabet.charAt(index));
    await fc.assert(
      fc.asyncProperty(fc.nat(), alphabet, async (position, char) => {
        const replace = (code: string) => {
          const index = position % code.length;
          return code.slice(0, index) + char + code.slice(index + 1);
        };
        const invitation = replace(invitationCode);
        const response = replace(responseCode);
        expect((await unpackInvitation(invitation)).ok).toBe(invitation === invitationCode);
        expect((await openResponse(response, owner.privateKey)).ok).toBe(response === responseCode);
      }),
      { numRuns },
    );
  });
});

describe('link round trips', () => {
  it('unpack every valid invitation to itself', async () => {
    await fc.assert(
      fc.asyncProperty(invitationArbitrary(owner.publicKey), async (invitation) => {
        expect(invitationSchema.safeParse(invitation).success).toBe(true);
        expect(await unpackInvitation(await packInvitation(invitation))).toEqual({
          ok: true,
          value: invitation,
        });
      }),
      { numRuns },
    );
  });

  it('open every valid response to itself', async () => {
    await fc.assert(
      fc.asyncProperty(responseArbitrary, async (response) => {
        const code = await sealResponse(response, owner.publicKey);
        expect(await openResponse(code, owner.privateKey)).toEqual({ ok: true, value: response });
        expect(await peekResponse(code)).toEqual({
          ok: true,
          value: { reviewId: response.reviewId, category: response.category },
        });
      }),
      { numRuns },
    );
  });
});
