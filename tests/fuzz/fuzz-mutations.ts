import fc from 'fast-check';
import { encodeBase64Url } from '../../src/links/base64url';
import { joinBytes } from '../../src/links/binary-writer';
import { createFormatTag, type CodeKind } from '../../src/links/format-tag';
import type { FuzzPool } from './fuzz-pool';
import type { FuzzInput } from './fuzz-categories';
import { render } from './fuzz-codes';

export function randomText(): fc.Arbitrary<FuzzInput> {
  // Characters the link reader treats specially, a lone surrogate, and a few code letters.
  const linkChars = ['I', 'R', '#', '/', ':', '.', '<', '>', '(', ')', '[', ']', '"', "'"];
  const otherChars = [
    ' ',
    '\n',
    '\t',
    '\u200b',
    '\u00ad',
    '\ufeff',
    '\ud800',
    'A',
    'Q',
    'g',
    '-',
    '_',
    '%',
  ];
  const linkish = fc.string({ unit: fc.constantFrom(...linkChars, ...otherChars), maxLength: 200 });
  return fc
    .oneof(
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.string({ unit: 'grapheme', maxLength: 120 }),
      linkish,
      fc.stringMatching(/^[IR][A-Za-z0-9_-]{0,400}$/),
      fc.webUrl({ withFragments: true, withQueryParameters: true }),
    )
    .map((text) => ({ text }));
}

export function randomBytes(pool: FuzzPool): fc.Arbitrary<FuzzInput> {
  const response = pool.codes.find((entry) => entry.kind === 'response');
  const responseBytes = response?.bytes ?? new Uint8Array(0);
  // Real prefixes let random bytes reach each later stage: tag, header, key import, AES-GCM.
  const prefixes: { kind: CodeKind; bytes: Uint8Array }[] = [
    { kind: 'invitation', bytes: new Uint8Array(0) },
    { kind: 'invitation', bytes: Uint8Array.of(createFormatTag('invitation')) },
    { kind: 'response', bytes: Uint8Array.of(createFormatTag('response')) },
    { kind: 'response', bytes: responseBytes.subarray(0, 18) },
    { kind: 'response', bytes: responseBytes.subarray(0, 83) },
    { kind: 'response', bytes: responseBytes.subarray(0, 95) },
  ];
  return fc
    .record({
      prefix: fc.constantFrom(...prefixes),
      body: fc.uint8Array({ maxLength: 300 }),
      asUrl: fc.boolean(),
    })
    .map(({ prefix, body, asUrl }) => ({
      text: render(prefix.kind, encodeBase64Url(joinBytes(prefix.bytes, body)), asUrl),
    }));
}

export function truncation(pool: FuzzPool): fc.Arbitrary<FuzzInput> {
  return fc
    .record({
      entry: fc.constantFrom(...pool.codes),
      asUrl: fc.boolean(),
      fromStart: fc.boolean(),
      amount: fc.oneof(fc.integer({ min: 0, max: 3 }), fc.nat()),
    })
    .map(({ entry, asUrl, fromStart, amount }) => {
      const text = asUrl ? entry.url : entry.code;
      const removed = 1 + (amount % text.length);
      return { text: fromStart ? text.slice(removed) : text.slice(0, text.length - removed) };
    });
}

export function bitFlip(pool: FuzzPool): fc.Arbitrary<FuzzInput> {
  // One in eight flips hits the tag byte, where kind and format version live.
  const flip = fc.record({
    position: fc.oneof(
      { arbitrary: fc.constant(0), weight: 1 },
      { arbitrary: fc.nat(), weight: 7 },
    ),
    bit: fc.integer({ min: 0, max: 7 }),
  });
  return fc
    .record({
      entry: fc.constantFrom(...pool.codes),
      asUrl: fc.boolean(),
      flips: fc.oneof(
        { arbitrary: fc.array(flip, { minLength: 1, maxLength: 1 }), weight: 3 },
        { arbitrary: fc.array(flip, { minLength: 2, maxLength: 16 }), weight: 1 },
      ),
    })
    .map(({ entry, asUrl, flips }) => {
      const bytes = entry.bytes.slice();
      for (const { position, bit } of flips) {
        const index = position % bytes.length;
        bytes[index] = (bytes[index] ?? 0) ^ (1 << bit);
      }
      return { text: render(entry.kind, encodeBase64Url(bytes), asUrl) };
    });
}
