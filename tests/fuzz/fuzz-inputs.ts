import fc from 'fast-check';
import { base64UrlAlphabet, encodeBase64Url } from '../../src/links/base64url';
import { joinBytes } from '../../src/links/binary-writer';
import { createFormatTag, type CodeKind } from '../../src/links/format-tag';
import { MAX_INVITATION_CODE_LENGTH } from '../../src/links/invitation-link';
import type { LinkErrorCode } from '../../src/links/link-result';
import { invitationUrl, responseUrl } from '../../src/links/link-url';
import { MAX_RESPONSE_CODE_LENGTH } from '../../src/links/response-seal';
import { FUZZ_BASE_URL, type FuzzPool, type PoolCode } from './fuzz-pool';

export const fuzzCategories = [
  'random-text',
  'random-bytes',
  'truncation',
  'bit-flip',
  'splice',
  'oversize',
  'wrapped',
] as const;
export type FuzzCategory = (typeof fuzzCategories)[number];

/** The two places a person pastes a code: the rater's respond page and the owner's collect panel. */
export const entryPoints = ['respond', 'collect'] as const;
export type EntryPoint = (typeof entryPoints)[number];

/** 'missing': no code left after cleaning the text, so the respond page shows its paste box. */
export type RefusalReason = LinkErrorCode | 'unknown-review' | 'missing';
export type Expected = RefusalReason | 'accepted';

export interface FuzzInput {
  text: string;
  /** Set where the outcome is known in advance; anything else is only checked for safety. */
  expected?: Partial<Record<EntryPoint, Expected>>;
}

const entryPointOf = { invitation: 'respond', response: 'collect' } as const satisfies Record<
  CodeKind,
  EntryPoint
>;

function expectedFor(entry: PoolCode): Record<EntryPoint, Expected> {
  const own = entryPointOf[entry.kind];
  return {
    respond: own === 'respond' ? entry.outcome : 'wrong-kind',
    collect: own === 'collect' ? entry.outcome : 'wrong-kind',
  };
}

function render(kind: CodeKind, code: string, asUrl: boolean): string {
  if (!asUrl) return code;
  return kind === 'invitation'
    ? invitationUrl(FUZZ_BASE_URL, code)
    : responseUrl(FUZZ_BASE_URL, code);
}

/** Cheap seeded base64url filler: long inputs built by fast-check char by char would be slow. */
function filler(seed: number, length: number): string {
  let state = seed | 0 || 1;
  let text = '';
  for (let i = 0; i < length; i += 1) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    text += base64UrlAlphabet.charAt(state & 63);
  }
  return text;
}

function padTo(code: string, length: number, seed: number): string {
  return code + filler(seed, length - code.length);
}

/** Byte ranges of each field: tag, review id, category, ephemeral key, nonce, ciphertext. */
function fieldRanges(kind: CodeKind, length: number): [number, number][] {
  if (kind === 'invitation') {
    return [
      [0, 1],
      [1, length - 4],
      [length - 4, length],
    ];
  }
  return [
    [0, 1],
    [1, 17],
    [17, 18],
    [18, 83],
    [83, 95],
    [95, length],
  ];
}

function randomText(): fc.Arbitrary<FuzzInput> {
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

function randomBytes(pool: FuzzPool): fc.Arbitrary<FuzzInput> {
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

function truncation(pool: FuzzPool): fc.Arbitrary<FuzzInput> {
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

function bitFlip(pool: FuzzPool): fc.Arbitrary<FuzzInput> {
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

/** Two valid codes combined: cut and joined, header of one on the body of another, fields swapped. */
function splice(pool: FuzzPool): fc.Arbitrary<FuzzInput> {
  return fc
    .record({
      a: fc.constantFrom(...pool.codes),
      b: fc.constantFrom(...pool.codes),
      mode: fc.constantFrom('cut', 'header', 'field', 'range'),
      i: fc.nat(),
      j: fc.nat(),
      asUrl: fc.boolean(),
    })
    .map(({ a, b, mode, i, j, asUrl }) => {
      let bytes: Uint8Array<ArrayBuffer>;
      if (mode === 'cut') {
        bytes = joinBytes(
          a.bytes.subarray(0, i % (a.bytes.length + 1)),
          b.bytes.subarray(j % (b.bytes.length + 1)),
        );
      } else if (mode === 'header') {
        bytes = joinBytes(a.bytes.subarray(0, 18), b.bytes.subarray(18));
      } else if (mode === 'field') {
        const fieldsA = fieldRanges(a.kind, a.bytes.length);
        const fieldsB = fieldRanges(b.kind, b.bytes.length);
        const [start, end] = fieldsA[i % fieldsA.length] ?? [0, 0];
        const [fromB, toB] = fieldsB[i % fieldsB.length] ?? [0, 0];
        bytes = joinBytes(
          a.bytes.subarray(0, start),
          b.bytes.subarray(fromB, toB),
          a.bytes.subarray(end),
        );
      } else {
        const shorter = Math.min(a.bytes.length, b.bytes.length);
        const start = i % shorter;
        const end = Math.min(shorter, start + 1 + (j % 32));
        bytes = a.bytes.slice();
        bytes.set(b.bytes.subarray(start, end), start);
      }
      return { text: render(a.kind, encodeBase64Url(bytes), asUrl) };
    });
}

/** Just over and exactly at each length limit, decompression bombs, a link with a novel after it. */
function oversize(pool: FuzzPool): fc.Arbitrary<FuzzInput> {
  const invitations = pool.codes.filter((entry) => entry.kind === 'invitation');
  const responses = pool.codes.filter((entry) => entry.kind === 'response');
  const extra = fc.integer({ min: 1, max: 64 });
  const seed = fc.integer();
  const asUrl = fc.boolean();
  return fc.oneof(
    fc
      .record({ entry: fc.constantFrom(...invitations), extra, seed, asUrl })
      .map((c): FuzzInput => ({
        text: render(
          'invitation',
          padTo(c.entry.code, MAX_INVITATION_CODE_LENGTH + c.extra, c.seed),
          c.asUrl,
        ),
        // The response reader refuses the odd length or leftover bits first: no collect outcome.
        expected: { respond: 'too-long' },
      })),
    fc.record({ entry: fc.constantFrom(...invitations), seed, asUrl }).map((c): FuzzInput => ({
      text: render('invitation', padTo(c.entry.code, MAX_INVITATION_CODE_LENGTH, c.seed), c.asUrl),
      expected: { respond: 'damaged', collect: 'wrong-kind' },
    })),
    fc.record({ entry: fc.constantFrom(...responses), extra, seed, asUrl }).map((c): FuzzInput => ({
      text: render(
        'response',
        padTo(c.entry.code, MAX_RESPONSE_CODE_LENGTH + c.extra, c.seed),
        c.asUrl,
      ),
      expected: { respond: 'too-long', collect: 'too-long' },
    })),
    fc.record({ entry: fc.constantFrom(...responses), seed, asUrl }).map((c): FuzzInput => ({
      text: render('response', padTo(c.entry.code, MAX_RESPONSE_CODE_LENGTH, c.seed), c.asUrl),
      expected: {
        respond: 'wrong-kind',
        collect: c.entry.outcome === 'unknown-review' ? 'unknown-review' : 'cannot-open',
      },
    })),
    fc.record({ code: fc.constantFrom(...pool.invitationBombs), asUrl }).map((c): FuzzInput => ({
      text: render('invitation', c.code, c.asUrl),
      expected: { respond: 'too-large', collect: 'wrong-kind' },
    })),
    fc.record({ code: fc.constantFrom(...pool.responseBombs), asUrl }).map((c): FuzzInput => ({
      text: render('response', c.code, c.asUrl),
      expected: { respond: 'wrong-kind', collect: 'too-large' },
    })),
    fc
      .record({
        entry: fc.constantFrom(...pool.codes),
        length: fc.integer({ min: MAX_RESPONSE_CODE_LENGTH + 1, max: 40_000 }),
        seed,
      })
      .map((c): FuzzInput => ({
        text: padTo(c.entry.url, c.entry.url.length - c.entry.code.length + c.length, c.seed),
        expected: { respond: 'too-long', collect: 'too-long' },
      })),
  );
}

const friendlyBefore = ['', '<', '(', '"', "'", '[', '\n', '  '];
const friendlyBeforeUrl = [...friendlyBefore, 'See: ', 'Mi enlace → ', 'Lien :\n'];
const friendlyAfter = ['', '>', ')', '.', ',', '!', '?', '"', "'", ']', ').', '\n', ' '];
/** What mail and chat apps insert into long links; the app removes all of them. */
const insertedBreaks = [
  ' ',
  '\n',
  '\r\n',
  '\t',
  '\u00ad',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\ufeff',
];

/** Valid codes in the text around them: friendly wrapping must still open, junk must not crash. */
function wrapped(pool: FuzzPool): fc.Arbitrary<FuzzInput> {
  const junk = fc.string({ unit: 'binary', maxLength: 40 });
  return fc
    .record({
      entry: fc.constantFrom(...pool.codes),
      asUrl: fc.boolean(),
      isFriendly: fc.boolean(),
      before: fc.nat(),
      after: fc.nat(),
      junkBefore: junk,
      junkAfter: junk,
      breaks: fc.array(
        fc.record({ position: fc.nat(), text: fc.constantFrom(...insertedBreaks) }),
        {
          maxLength: 6,
        },
      ),
    })
    .map((c): FuzzInput => {
      let code = c.entry.code;
      for (const { position, text } of c.breaks) {
        const index = position % (code.length + 1);
        code = code.slice(0, index) + text + code.slice(index);
      }
      const body = render(c.entry.kind, code, c.asUrl);
      if (!c.isFriendly) return { text: c.junkBefore + body + c.junkAfter };
      const befores = c.asUrl ? friendlyBeforeUrl : friendlyBefore;
      const before = befores[c.before % befores.length] ?? '';
      const after = friendlyAfter[c.after % friendlyAfter.length] ?? '';
      return { text: before + body + after, expected: expectedFor(c.entry) };
    });
}

export function fuzzInputs(category: FuzzCategory, pool: FuzzPool): fc.Arbitrary<FuzzInput> {
  switch (category) {
    case 'random-text':
      return randomText();
    case 'random-bytes':
      return randomBytes(pool);
    case 'truncation':
      return truncation(pool);
    case 'bit-flip':
      return bitFlip(pool);
    case 'splice':
      return splice(pool);
    case 'oversize':
      return oversize(pool);
    case 'wrapped':
      return wrapped(pool);
  }
}
