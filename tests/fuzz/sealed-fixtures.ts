import type { RaterResponse } from '../../src/domain/review/review';
import { decodeBase64Url, encodeBase64Url } from '../../src/links/base64url';
import { joinBytes } from '../../src/links/binary-writer';
import { MAX_INFLATED_BYTES, deflateRaw } from '../../src/links/compression';
import type { OwnerKeyPair } from '../../src/links/key-pair';
import { encryptForOwner, importPublicKey } from '../../src/links/response-cipher';
import { sealResponse } from '../../src/links/response-seal';
import { largestResponse, sampleResponse } from '../unit/links/link-fixtures';

/**
 * Fixed test-only owners, so invitations (which carry the public key) come out the same in every
 * run. Sealing draws a fresh ephemeral key and nonce by design, so responses are sealed once and
 * kept in sealed-responses.json: with both fixed, a seed reproduces every input byte for byte.
 */
export const owners = {
  a: {
    publicKey:
      'BJ6frIAxHWKgMWRA_DMbshvzn6aaozr2EOEPxHnQso2RwSaS9k1hsD32nLo9ETUAhMkp1-Xg-FSE6soQB-NV2to',
    privateKeyJwk: {
      kty: 'EC',
      crv: 'P-256',
      x: 'np-sgDEdYqAxZED8MxuyG_OfppqjOvYQ4Q_EedCyjZE',
      y: 'wSaS9k1hsD32nLo9ETUAhMkp1-Xg-FSE6soQB-NV2to',
      d: 'rn0vWlsgcM15dZyaUz5jlB3A0dLbgRYEIy2BbW8ZToc',
    },
  },
  b: {
    publicKey:
      'BCqTRX-a471hJKEUsLC8aJzbkZRfg1rpIEs0ofA_asRRBOrpA7yq7K4EbulXpjkb69IiNrsaFG5ZpbTjohCZ89g',
    privateKeyJwk: {
      kty: 'EC',
      crv: 'P-256',
      x: 'KpNFf5rjvWEkoRSwsLxonNuRlF-DWukgSzSh8D9qxFE',
      y: 'BOrpA7yq7K4EbulXpjkb69IiNrsaFG5ZpbTjohCZ89g',
      d: 'zPIvGeGtdIA-0_Om6Ql21MtDQhmLhcD2hkHKVz3O76g',
    },
  },
} as const satisfies Record<string, OwnerKeyPair>;
export type OwnerName = keyof typeof owners;

/** Review A is the fixtures' default id; B has its own owner; C is held by no browser here. */
export const reviewIds = {
  a: sampleResponse().reviewId,
  b: encodeBase64Url(Uint8Array.from({ length: 16 }, (_, i) => 16 + i)),
  c: encodeBase64Url(Uint8Array.from({ length: 16 }, (_, i) => 32 + i)),
};

/** What the collect panel does with a valid response: store it, or not know its review. */
export type ValidOutcome = 'accepted' | 'unknown-review';

export interface ResponseFixture {
  response: RaterResponse;
  owner: OwnerName;
  outcome: ValidOutcome;
}

export const responseFixtures = {
  sample: { response: sampleResponse(), owner: 'a', outcome: 'accepted' },
  comments: {
    response: sampleResponse({
      raterId: 'AQIDBAUGBwg',
      strength: 'Écoute 👂',
      develop: 'Delegate',
    }),
    owner: 'a',
    outcome: 'accepted',
  },
  largest: { response: largestResponse(), owner: 'a', outcome: 'accepted' },
  reviewB: {
    response: sampleResponse({
      reviewId: reviewIds.b,
      responseId: 'CQgHBgUEAwI',
      category: 'peer',
    }),
    owner: 'b',
    outcome: 'accepted',
  },
  unknownReview: {
    response: sampleResponse({ reviewId: reviewIds.c }),
    owner: 'a',
    outcome: 'unknown-review',
  },
} as const satisfies Record<string, ResponseFixture>;

/** Sealed properly to owner A for review A, with a plaintext that inflates past the cap. */
export const responseBombSizes = { pastCap: MAX_INFLATED_BYTES + 1, megabyte: 1_000_000 };

async function sealBomb(header: Uint8Array<ArrayBuffer>, inflatedBytes: number): Promise<string> {
  const ownerKey = await importPublicKey(decodeBase64Url(owners.a.publicKey));
  const bomb = await deflateRaw(new Uint8Array(inflatedBytes));
  const sealed = await encryptForOwner(bomb, header, ownerKey);
  return encodeBase64Url(
    joinBytes(header, sealed.ephemeralPublicKey, sealed.nonce, sealed.ciphertext),
  );
}

/** Seals every fixture afresh: what `npm run fuzz -- --reseal` writes to sealed-responses.json. */
export async function sealFixtures(): Promise<Record<string, string>> {
  const sealed: Record<string, string> = {};
  for (const [name, fixture] of Object.entries(responseFixtures)) {
    sealed[name] = await sealResponse(fixture.response, owners[fixture.owner].publicKey);
  }
  const header = decodeBase64Url(sealed.sample ?? '').slice(0, 18);
  for (const [name, size] of Object.entries(responseBombSizes)) {
    sealed[`bomb-${name}`] = await sealBomb(header, size);
  }
  return sealed;
}
