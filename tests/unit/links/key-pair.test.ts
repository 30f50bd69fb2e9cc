// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { privateKeyJwkSchema } from '../../../src/domain/review/owned-review';
import { invitationSchema } from '../../../src/domain/review/review';
import { createOwnerKeyPair, importOwnerPrivateKey } from '../../../src/links/key-pair';
import { LinkFormatError } from '../../../src/links/link-result';
import { openResponse, sealResponse } from '../../../src/links/response-seal';
import { sampleInvitation, sampleResponse } from './link-fixtures';

describe('owner key pairs', () => {
  it('gives a public key an invitation accepts and a storable private JWK', async () => {
    const pair = await createOwnerKeyPair();

    expect(invitationSchema.safeParse(sampleInvitation(pair.publicKey)).success).toBe(true);
    expect(privateKeyJwkSchema.parse(pair.privateKeyJwk)).toEqual(pair.privateKeyJwk);
  });

  it('opens what was sealed for its public key after a round trip through JSON', async () => {
    const pair = await createOwnerKeyPair();
    const stored: unknown = JSON.parse(JSON.stringify(pair.privateKeyJwk));
    const privateKey = await importOwnerPrivateKey(stored);
    const code = await sealResponse(sampleResponse(), pair.publicKey);

    expect(privateKey.extractable).toBe(false);
    expect((await openResponse(code, privateKey)).ok).toBe(true);
  });

  it.each([
    ['nothing', null],
    ['a public key only', { kty: 'EC', crv: 'P-256', x: 'AA', y: 'AA' }],
    ['another curve', { kty: 'EC', crv: 'P-384', x: 'AA', y: 'AA', d: 'AA' }],
    ['a point off the curve', { kty: 'EC', crv: 'P-256', x: 'AA', y: 'AA', d: 'AA' }],
  ])('refuses %s as a private key', async (_, jwk) => {
    const refusal = importOwnerPrivateKey(jwk);

    await expect(refusal).rejects.toBeInstanceOf(LinkFormatError);
    await expect(refusal).rejects.toMatchObject({ code: 'cannot-open' });
  });
});
