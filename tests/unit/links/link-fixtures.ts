import fc from 'fast-check';
import { allItemIds } from '../../../src/domain/instrument/instrument';
import {
  MAX_COMMENT,
  MAX_MESSAGE,
  MAX_RATER_NAME,
  MAX_SUBJECT_NAME,
  raterCategories,
  raterAnswersSchema,
  type Invitation,
  type RaterResponse,
} from '../../../src/domain/review/review';
import { languages } from '../../../src/domain/instrument/settings';
import { encodeBase64Url } from '../../../src/links/base64url';
import { createOwnerKeyPair, importOwnerPrivateKey } from '../../../src/links/key-pair';

/** One owner for a whole file: key generation is the slow part of every crypto test. */
export async function createOwner(): Promise<{ publicKey: string; privateKey: CryptoKey }> {
  const pair = await createOwnerKeyPair();
  return { publicKey: pair.publicKey, privateKey: await importOwnerPrivateKey(pair.privateKeyJwk) };
}

export function randomId(bytes: number): string {
  return encodeBase64Url(crypto.getRandomValues(new Uint8Array(bytes)));
}

export function sampleInvitation(
  ownerPublicKey: string,
  extra: Partial<Invitation> = {},
): Invitation {
  return {
    reviewId: 'AAECAwQFBgcICQoLDA0ODw',
    category: 'peer',
    subjectName: 'Zoë Ñúñez 李',
    message: '',
    dueDate: '2026-03-31',
    language: 'es',
    instrumentVersion: '2026.1',
    ownerPublicKey,
    ...extra,
  };
}

export function sampleResponse(extra: Partial<RaterResponse> = {}): RaterResponse {
  const answers = raterAnswersSchema.parse(
    Object.fromEntries(allItemIds().map((id, index) => [id, index % 6])),
  );
  return {
    responseId: 'AQIDBAUGBwg',
    reviewId: 'AAECAwQFBgcICQoLDA0ODw',
    category: 'direct-report',
    answers,
    strength: '',
    develop: '',
    raterName: '',
    language: 'fr',
    instrumentVersion: '2026.1',
    ...extra,
  };
}

/** Ideographs in a scrambled order: three UTF-8 bytes each, and almost nothing to compress. */
function ideographs(length: number, start: number): string {
  const codes = Array.from(
    { length },
    (_, i) => 0x4e00 + ((Math.imul(start + i + 1, 2654435761) >>> 0) % 20_992),
  );
  return String.fromCharCode(...codes);
}

/** Every text field at its limit in the hardest script to compress: the longest code possible. */
export function largestInvitation(ownerPublicKey: string): Invitation {
  return sampleInvitation(ownerPublicKey, {
    raterId: 'AQIDBAUGBwg',
    subjectName: ideographs(MAX_SUBJECT_NAME, 0),
    message: ideographs(MAX_MESSAGE, 1000),
    ownerEmail: ideographs(254, 2000),
    instrumentVersion: 'v'.repeat(16),
  });
}

export function largestResponse(): RaterResponse {
  return sampleResponse({
    raterId: 'AQIDBAUGBwg',
    strength: ideographs(MAX_COMMENT, 0),
    develop: ideographs(MAX_COMMENT, 1000),
    raterName: ideographs(MAX_RATER_NAME, 2000),
    instrumentVersion: 'v'.repeat(16),
  });
}

/** Well-formed text up to `max` UTF-16 units, any script (code points, so pairs stay whole). */
function text(max: number, minLength = 0): fc.Arbitrary<string> {
  return fc.string({ unit: 'binary', minLength, maxLength: Math.floor(max / 2) });
}

const idArbitrary = (bytes: number) =>
  fc.uint8Array({ minLength: bytes, maxLength: bytes }).map((b) => encodeBase64Url(b));

/** Calendar days from 1970 through 2149, the range a due date can travel in. */
const dueDateArbitrary = fc
  .integer({ min: 0, max: 65_535 })
  .map((days) => new Date(days * 86_400_000).toISOString().slice(0, 10));

export function invitationArbitrary(ownerPublicKey: string): fc.Arbitrary<Invitation> {
  return fc.record(
    {
      reviewId: idArbitrary(16),
      category: fc.constantFrom(...raterCategories),
      raterId: idArbitrary(8),
      subjectName: text(MAX_SUBJECT_NAME, 1),
      message: text(MAX_MESSAGE),
      dueDate: dueDateArbitrary,
      language: fc.constantFrom(...languages),
      instrumentVersion: fc.string({ minLength: 1, maxLength: 16 }),
      ownerEmail: fc.emailAddress().filter((email) => email.length <= 254),
      ownerPublicKey: fc.constant(ownerPublicKey),
    },
    {
      requiredKeys: [
        'reviewId',
        'category',
        'subjectName',
        'message',
        'dueDate',
        'language',
        'instrumentVersion',
        'ownerPublicKey',
      ],
    },
  );
}

/** Each item answered 0–5 or left out, as a rater who skipped some items would send. */
const answersArbitrary = fc
  .array(fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }), {
    minLength: allItemIds().length,
    maxLength: allItemIds().length,
  })
  .map((values) =>
    raterAnswersSchema.parse(
      Object.fromEntries(
        allItemIds().flatMap((id, index) => {
          const value = values[index];
          return value === undefined ? [] : [[id, value]];
        }),
      ),
    ),
  );

export const responseArbitrary: fc.Arbitrary<RaterResponse> = fc.record(
  {
    responseId: idArbitrary(8),
    reviewId: idArbitrary(16),
    category: fc.constantFrom(...raterCategories),
    raterId: idArbitrary(8),
    answers: answersArbitrary,
    strength: text(MAX_COMMENT),
    develop: text(MAX_COMMENT),
    raterName: text(MAX_RATER_NAME),
    language: fc.constantFrom(...languages),
    instrumentVersion: fc.string({ minLength: 1, maxLength: 16 }),
  },
  {
    requiredKeys: [
      'responseId',
      'reviewId',
      'category',
      'answers',
      'strength',
      'develop',
      'raterName',
      'language',
      'instrumentVersion',
    ],
  },
);

/** Flips bits of one byte of a code, keeping it base64url, as a stray edit or bad copy would. */
export const byteEditArbitrary = fc.record({
  position: fc.nat(),
  mask: fc.integer({ min: 1, max: 255 }),
});
