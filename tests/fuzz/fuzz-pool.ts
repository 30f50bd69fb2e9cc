import type { OwnedReview } from '../../src/domain/review/owned-review';
import type { Invitation } from '../../src/domain/review/review';
import { decodeBase64Url, encodeBase64Url } from '../../src/links/base64url';
import { joinBytes } from '../../src/links/binary-writer';
import { MAX_INFLATED_BYTES, deflateRaw } from '../../src/links/compression';
import { createFormatTag, type CodeKind } from '../../src/links/format-tag';
import { packInvitation, unpackInvitation } from '../../src/links/invitation-link';
import { importOwnerPrivateKey } from '../../src/links/key-pair';
import { invitationUrl, responseUrl } from '../../src/links/link-url';
import { openResponse } from '../../src/links/response-seal';
import { largestInvitation, sampleInvitation } from '../unit/links/link-fixtures';
import { ownedReview } from '../unit/support/reviews';
import {
  owners,
  responseFixtures,
  type responseBombSizes,
  reviewIds,
  type OwnerName,
  type ResponseFixture,
  type ValidOutcome,
} from './sealed-fixtures';
import sealedResponses from './sealed-responses.json';

export const FUZZ_BASE_URL = 'https://example.org/ascent/';

/** A stale file fails to compile when a fixture is added, and fails to open when one changes. */
const sealed: Record<
  keyof typeof responseFixtures | `bomb-${keyof typeof responseBombSizes}`,
  string
> = sealedResponses;

export interface PoolCode {
  kind: CodeKind;
  code: string;
  url: string;
  bytes: Uint8Array<ArrayBuffer>;
  /** The decoded value as JSON, to tell an identical decode from a changed one. */
  json: string;
  outcome: ValidOutcome;
}

export interface FuzzPool {
  codes: readonly PoolCode[];
  byCode: ReadonlyMap<string, PoolCode>;
  /** Reviews the fuzzed browser owns, and the keys that open their responses. */
  reviews: readonly OwnedReview[];
  privateKeys: ReadonlyMap<string, CryptoKey>;
  /** Codes with a valid checksum or seal whose body inflates past the cap. */
  invitationBombs: readonly string[];
  responseBombs: readonly string[];
}

/** JSON with keys sorted, so equal values compare equal whatever order their fields came in. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_, field: unknown) =>
    typeof field === 'object' && field !== null && !Array.isArray(field)
      ? Object.fromEntries(Object.entries(field).sort(([a], [b]) => (a < b ? -1 : 1)))
      : field,
  );
}

async function invitationEntry(invitation: Invitation): Promise<PoolCode> {
  const code = await packInvitation(invitation);
  const result = await unpackInvitation(code);
  if (!result.ok) throw new Error(`fuzz pool: an invitation was refused (${result.error.code})`);
  const json = canonicalJson(result.value);
  if (json !== canonicalJson(invitation)) throw new Error('fuzz pool: an invitation changed');
  const bytes = decodeBase64Url(code);
  return {
    kind: 'invitation',
    code,
    url: invitationUrl(FUZZ_BASE_URL, code),
    bytes,
    json,
    outcome: 'accepted',
  };
}

const stale = 'tests/fuzz/sealed-responses.json is stale: run `npm run fuzz -- --reseal`';

async function responseEntry(
  name: keyof typeof responseFixtures,
  privateKeys: Record<OwnerName, CryptoKey>,
): Promise<PoolCode> {
  const fixture: ResponseFixture = responseFixtures[name];
  const code = sealed[name];
  const result = await openResponse(code, privateKeys[fixture.owner]);
  const json = result.ok ? canonicalJson(result.value) : '';
  if (json !== canonicalJson(fixture.response)) throw new Error(`${stale} (${name})`);
  const bytes = decodeBase64Url(code);
  const url = responseUrl(FUZZ_BASE_URL, code);
  return { kind: 'response', code, url, bytes, json, outcome: fixture.outcome };
}

/** The first four bytes of SHA-256, as invitations carry: a bomb must pass the checksum. */
async function checksummed(signed: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', signed));
  return encodeBase64Url(joinBytes(signed, digest.subarray(0, 4)));
}

async function invitationBomb(inflatedBytes: number): Promise<string> {
  const body = await deflateRaw(new Uint8Array(inflatedBytes));
  return checksummed(joinBytes([createFormatTag('invitation')], body));
}

/** A handful of valid codes, checked to decode to themselves before any is mutated. */
export async function prepareFuzzPool(): Promise<FuzzPool> {
  const privateKeys: Record<OwnerName, CryptoKey> = {
    a: await importOwnerPrivateKey(owners.a.privateKeyJwk),
    b: await importOwnerPrivateKey(owners.b.privateKeyJwk),
  };
  const invitations = await Promise.all([
    invitationEntry(sampleInvitation(owners.a.publicKey)),
    invitationEntry(
      sampleInvitation(owners.a.publicKey, {
        raterId: 'AQIDBAUGBwg',
        message: 'Merci de votre aide — 谢谢',
        ownerEmail: 'owner@example.org',
        ownerName: 'Ana',
      }),
    ),
    invitationEntry(largestInvitation(owners.a.publicKey)),
    invitationEntry(
      sampleInvitation(owners.b.publicKey, { reviewId: reviewIds.b, category: 'manager' }),
    ),
  ]);
  const responses = await Promise.all(
    (['sample', 'comments', 'largest', 'reviewB', 'unknownReview'] as const).map((name) =>
      responseEntry(name, privateKeys),
    ),
  );
  const codes = [...invitations, ...responses];
  return {
    codes,
    byCode: new Map(codes.map((entry) => [entry.code, entry])),
    reviews: [
      ownedReview({ id: reviewIds.a, ...owners.a }),
      ownedReview({ id: reviewIds.b, ...owners.b, subjectName: 'Zoë Ñúñez 李' }),
    ],
    privateKeys: new Map([
      [reviewIds.a, privateKeys.a],
      [reviewIds.b, privateKeys.b],
    ]),
    invitationBombs: await Promise.all(
      [MAX_INFLATED_BYTES + 1, 100_000, 2_000_000].map((size) => invitationBomb(size)),
    ),
    responseBombs: [sealed['bomb-pastCap'], sealed['bomb-megabyte']],
  };
}
