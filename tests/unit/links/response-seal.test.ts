// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import { raterAnswersSchema } from '../../../src/domain/review/review';
import { decodeBase64Url, encodeBase64Url } from '../../../src/links/base64url';
import { joinBytes } from '../../../src/links/binary-writer';
import { deflateRaw } from '../../../src/links/compression';
import { createFormatTag } from '../../../src/links/format-tag';
import { encryptForOwner, importPublicKey } from '../../../src/links/response-cipher';
import {
  MAX_RESPONSE_CODE_LENGTH,
  openResponse,
  peekResponse,
  sealResponse,
} from '../../../src/links/response-seal';
import { createOwner, largestResponse, randomId, sampleResponse } from './link-fixtures';

let owner: Awaited<ReturnType<typeof createOwner>>;
let stranger: typeof owner;

beforeAll(async () => {
  [owner, stranger] = await Promise.all([createOwner(), createOwner()]);
});

/** Byte offsets of the version-1 layout: tag, review id, category, then the sealed part. */
const CATEGORY_OFFSET = 17;
const CIPHERTEXT_OFFSET = 1 + 16 + 1 + 65 + 12;

function editByte(code: string, offset: number, edit: (byte: number) => number): string {
  const bytes = decodeBase64Url(code);
  bytes[offset] = edit(bytes[offset] ?? 0);
  return encodeBase64Url(bytes);
}

describe('sealResponse and openResponse', () => {
  it.each([
    ['no comments', {}],
    [
      'comments and a name',
      { strength: 'Clear vision 👏', develop: 'Délégation — 委任', raterName: 'Zoë Ñúñez 李' },
    ],
    ['a rater id', { raterId: randomId(8) }],
    ['items left blank', { answers: raterAnswersSchema.parse({ 'ep-1': 5, 'ra-6': 0 }) }],
  ])('round-trips a response with %s', async (_, extra) => {
    const response = sampleResponse(extra);
    const code = await sealResponse(response, owner.publicKey);

    expect(code).toMatch(/^R[A-Za-z0-9_-]+$/);
    expect(await openResponse(code, owner.privateKey)).toEqual({ ok: true, value: response });
  });

  it('seals the same response differently each time', async () => {
    const response = sampleResponse();

    expect(await sealResponse(response, owner.publicKey)).not.toBe(
      await sealResponse(response, owner.publicKey),
    );
  });

  it('seals the largest response within the length it accepts', async () => {
    const response = largestResponse();
    const code = await sealResponse(response, owner.publicKey);

    expect(code.length).toBeLessThanOrEqual(MAX_RESPONSE_CODE_LENGTH);
    expect(await openResponse(code, owner.privateKey)).toEqual({ ok: true, value: response });
  });

  it('tells which review a response is for without the key', async () => {
    const code = await sealResponse(sampleResponse(), owner.publicKey);

    expect(await peekResponse(code)).toEqual({
      ok: true,
      value: { reviewId: 'AAECAwQFBgcICQoLDA0ODw', category: 'direct-report' },
    });
  });

  it('cannot be opened with another private key', async () => {
    const code = await sealResponse(sampleResponse(), owner.publicKey);

    expect(await openResponse(code, stranger.privateKey)).toEqual({
      ok: false,
      error: { code: 'cannot-open' },
    });
  });

  it.each([
    ['an edited ciphertext byte', CIPHERTEXT_OFFSET + 3, (byte: number) => byte ^ 0x40],
    ['an edited authentication tag', -1, (byte: number) => byte ^ 1],
    ['an edited nonce', CIPHERTEXT_OFFSET - 1, (byte: number) => byte ^ 1],
    ['another review id in the header', 5, (byte: number) => byte ^ 1],
    ['another category in the header', CATEGORY_OFFSET, (byte: number) => (byte + 1) % 5],
  ])('cannot be opened after %s', async (_, offset, edit) => {
    const code = await sealResponse(sampleResponse(), owner.publicKey);
    const bytes = decodeBase64Url(code);
    const edited = editByte(code, offset < 0 ? bytes.length + offset : offset, edit);

    expect(await openResponse(edited, owner.privateKey)).toEqual({
      ok: false,
      error: { code: 'cannot-open' },
    });
  });

  it('refuses an ephemeral key that is not a point on the curve', async () => {
    const code = await sealResponse(sampleResponse(), owner.publicKey);
    const edited = editByte(code, 20, (byte) => byte ^ 1);

    expect(await openResponse(edited, owner.privateKey)).toEqual({
      ok: false,
      error: { code: 'damaged' },
    });
  });

  it('refuses every cut-off prefix of a valid code, and never misreads its header', async () => {
    const code = await sealResponse(sampleResponse({ strength: 'Listens' }), owner.publicKey);
    const header = await peekResponse(code);
    for (let length = 0; length < code.length; length += 1) {
      const prefix = code.slice(0, length);
      expect((await openResponse(prefix, owner.privateKey)).ok, `prefix of ${length}`).toBe(false);
      // Without the key only the clear header can be judged, so a long prefix may still peek.
      const peeked = await peekResponse(prefix);
      if (peeked.ok) expect(peeked).toEqual(header);
    }
  });

  it.each([
    ['empty text', '', 'not-a-code'],
    ['prose', 'thanks!', 'not-a-code'],
    ['an invitation code', 'IAAAAAAAAAAA', 'wrong-kind'],
    ['an overlong paste', 'R'.repeat(MAX_RESPONSE_CODE_LENGTH + 1), 'too-long'],
  ])('refuses %s', async (_, code, expected) => {
    const refusal = { ok: false, error: { code: expected } };

    expect(await openResponse(code, owner.privateKey)).toEqual(refusal);
    expect(await peekResponse(code)).toEqual(refusal);
  });

  it('refuses a code from a later format version', async () => {
    const code = await sealResponse(sampleResponse(), owner.publicKey);
    const later = editByte(code, 0, () => createFormatTag('response', 2));

    expect(await openResponse(later, owner.privateKey)).toEqual({
      ok: false,
      error: { code: 'unsupported-version' },
    });
  });

  it('refuses a sealed decompression bomb', async () => {
    const header = decodeBase64Url(await sealResponse(sampleResponse(), owner.publicKey)).slice(
      0,
      18,
    );
    const bomb = await deflateRaw(new Uint8Array(1_000_000));
    const ownerKey = await importPublicKey(decodeBase64Url(owner.publicKey));
    const sealed = await encryptForOwner(bomb, header, ownerKey);
    const code = encodeBase64Url(
      joinBytes(header, sealed.ephemeralPublicKey, sealed.nonce, sealed.ciphertext),
    );

    expect(await openResponse(code, owner.privateKey)).toEqual({
      ok: false,
      error: { code: 'too-large' },
    });
  });
});
