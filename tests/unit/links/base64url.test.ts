// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase64Url, encodeBase64Url } from '../../../src/links/base64url';
import { LinkFormatError } from '../../../src/links/link-result';

function refusal(text: string): unknown {
  try {
    decodeBase64Url(text);
  } catch (error) {
    return error;
  }
  return null;
}

describe('base64url', () => {
  it.each([
    [[], ''],
    [[0xfb], '-w'],
    [[0xfb, 0xff], '-_8'],
    [[0xfb, 0xff, 0xbf], '-_-_'],
    [[0x4d, 0x61, 0x6e, 0x21], 'TWFuIQ'],
  ])('encodes %j as %s without padding', (bytes, text) => {
    expect(encodeBase64Url(Uint8Array.from(bytes))).toBe(text);
    expect(decodeBase64Url(text)).toEqual(Uint8Array.from(bytes));
  });

  it('agrees with Node for any bytes and decodes them back', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
        const text = encodeBase64Url(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64url'));
        expect(decodeBase64Url(text)).toEqual(bytes);
      }),
      { numRuns: 200 },
    );
  });

  it.each([
    ['a length no byte string has', 'ABCDE', 'damaged'],
    ['padding', 'TWFuIQ==', 'not-a-code'],
    ['the standard alphabet', 'ab+/', 'not-a-code'],
    ['spaces', 'TW Fu', 'not-a-code'],
    ['letters beyond ASCII', 'TWFü', 'not-a-code'],
    ['leftover bits that are not zero', 'TWFuIR', 'damaged'],
  ])('refuses %s with a LinkFormatError (%s → %s)', (_, text, code) => {
    const error = refusal(text);

    expect(error).toBeInstanceOf(LinkFormatError);
    expect(error).toMatchObject({ code });
  });
});
