// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeBase64Url, encodeBase64Url } from '../../../src/links/base64url';
import { joinBytes } from '../../../src/links/binary-writer';
import { deflateRaw } from '../../../src/links/compression';
import { createFormatTag } from '../../../src/links/format-tag';
import {
  MAX_INVITATION_CODE_LENGTH,
  packInvitation,
  unpackInvitation,
} from '../../../src/links/invitation-link';
import { createOwner, largestInvitation, randomId, sampleInvitation } from './link-fixtures';

let ownerPublicKey = '';

beforeAll(async () => {
  ownerPublicKey = (await createOwner()).publicKey;
});

/** A code built by hand to the version-1 layout, with a valid checksum over whatever it holds. */
async function craftCode(tag: number, deflatedBody: Uint8Array): Promise<string> {
  const signed = joinBytes([tag], deflatedBody);
  const checksum = new Uint8Array(await crypto.subtle.digest('SHA-256', signed)).slice(0, 4);
  return encodeBase64Url(joinBytes(signed, checksum));
}

describe('packInvitation and unpackInvitation', () => {
  it.each([
    ['the bare minimum', {}],
    ['a message', { message: 'Thank you — merci — 谢谢! Your view matters.' }],
    ['a rater id', { raterId: randomId(8) }],
    ['an owner email', { ownerEmail: 'ana.lópez@example.org' }],
    ['an owner name', { ownerName: 'Ana López' }],
    [
      'everything',
      { raterId: randomId(8), ownerEmail: 'o@example.org', ownerName: 'Ana', message: 'Hola' },
    ],
  ])('round-trips an invitation with %s', async (_, extra) => {
    const invitation = sampleInvitation(ownerPublicKey, extra);
    const code = await packInvitation(invitation);

    expect(code).toMatch(/^I[A-Za-z0-9_-]+$/);
    expect(await unpackInvitation(code)).toEqual({ ok: true, value: invitation });
  });

  it('keeps non-ASCII names exactly', async () => {
    const invitation = sampleInvitation(ownerPublicKey, { subjectName: 'Zoë Ñúñez 李 🧗‍♀️' });
    const result = await unpackInvitation(await packInvitation(invitation));

    expect(result.ok && result.value.subjectName).toBe('Zoë Ñúñez 李 🧗‍♀️');
  });

  it('packs the largest invitation within the length it accepts', async () => {
    const invitation = largestInvitation(ownerPublicKey);
    const code = await packInvitation(invitation);

    expect(code.length).toBeLessThanOrEqual(MAX_INVITATION_CODE_LENGTH);
    expect(await unpackInvitation(code)).toEqual({ ok: true, value: invitation });
  });

  it('refuses to pack an invitation the schema would refuse', async () => {
    await expect(packInvitation(sampleInvitation('too-short'))).rejects.toThrow();
    await expect(
      packInvitation(sampleInvitation(ownerPublicKey, { dueDate: '2026-02-30' })),
    ).rejects.toThrow(/date/i);
  });

  it('refuses every cut-off prefix of a valid code', async () => {
    const code = await packInvitation(sampleInvitation(ownerPublicKey, { message: 'Hello' }));
    for (let length = 0; length < code.length; length += 1) {
      const result = await unpackInvitation(code.slice(0, length));
      expect(result.ok, `prefix of ${length}`).toBe(false);
    }
  });

  it.each([
    ['empty text', '', 'not-a-code'],
    ['prose', 'hello there', 'not-a-code'],
    ['a code of another app', 'QUJDREVGR0g', 'not-a-code'],
    ['a response code', 'RAAAAAAAAAAA', 'wrong-kind'],
    ['an overlong paste', 'I'.repeat(MAX_INVITATION_CODE_LENGTH + 1), 'too-long'],
  ])('refuses %s', async (_, code, expected) => {
    expect(await unpackInvitation(code)).toEqual({ ok: false, error: { code: expected } });
  });

  it('refuses a code from a later format version', async () => {
    const current = decodeBase64Url(await packInvitation(sampleInvitation(ownerPublicKey)));
    const later = joinBytes([createFormatTag('invitation', 2)], current.subarray(1));

    expect(await unpackInvitation(encodeBase64Url(later))).toEqual({
      ok: false,
      error: { code: 'unsupported-version' },
    });
  });

  it('refuses a code whose checksum does not match', async () => {
    const bytes = decodeBase64Url(await packInvitation(sampleInvitation(ownerPublicKey)));
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 1;

    expect(await unpackInvitation(encodeBase64Url(bytes))).toEqual({
      ok: false,
      error: { code: 'damaged' },
    });
  });

  it('refuses a decompression bomb even with a valid checksum', async () => {
    const bomb = await craftCode(
      createFormatTag('invitation'),
      await deflateRaw(new Uint8Array(1_000_000)),
    );

    expect(bomb.length).toBeLessThan(MAX_INVITATION_CODE_LENGTH);
    expect(await unpackInvitation(bomb)).toEqual({ ok: false, error: { code: 'too-large' } });
  });

  it('refuses a checksummed body that is not an invitation', async () => {
    const junk = await craftCode(
      createFormatTag('invitation'),
      await deflateRaw(new Uint8Array(40)),
    );

    expect(await unpackInvitation(junk)).toEqual({ ok: false, error: { code: 'damaged' } });
  });
});
