// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_MESSAGE } from '../../../src/domain/review/review';
import { MAX_INVITATION_CODE_LENGTH, packInvitation } from '../../../src/links/invitation-link';
import { invitationUrl, responseUrl } from '../../../src/links/link-url';
import { MAX_RESPONSE_CODE_LENGTH, sealResponse } from '../../../src/links/response-seal';
import {
  createOwner,
  largestInvitation,
  largestResponse,
  randomId,
  sampleInvitation,
  sampleResponse,
} from './link-fixtures';

const base = 'https://example.org/ascent/';
/** A realistic note from an owner, cut to the 280-character limit. */
const message =
  'Hi! I am preparing for a head-of-L&D role and would value your honest view of how I lead. ' +
  'It takes about ten minutes; your answers are sealed so only I can open them, and group ' +
  'results are shown only when enough people answer. Thank you so much — it means a lot. Warmly, Zoë Ñúñez';

let ownerPublicKey = '';
const sizes: Record<string, number> = {};

beforeAll(async () => {
  ownerPublicKey = (await createOwner()).publicKey;
});

afterAll(() => {
  console.table(sizes);
});

async function measureInvitation(label: string, extra: Parameters<typeof sampleInvitation>[1]) {
  const url = invitationUrl(base, await packInvitation(sampleInvitation(ownerPublicKey, extra)));
  sizes[label] = url.length;
  return url.length;
}

describe('link sizes', () => {
  it('keeps an invitation without a message under 400 characters', async () => {
    expect(await measureInvitation('invitation, no message', {})).toBeLessThan(400);
    const full = { raterId: randomId(8), ownerEmail: 'ana.lopez@example.org' };
    expect(await measureInvitation('invitation, no message, rater id + email', full)).toBeLessThan(
      400,
    );
  });

  it('keeps an invitation with a 280-character message under 1000 characters', async () => {
    expect(message).toHaveLength(MAX_MESSAGE);
    const full = { raterId: randomId(8), ownerEmail: 'ana.lopez@example.org', message };
    expect(
      await measureInvitation('invitation, 280-char message, rater id + email', full),
    ).toBeLessThan(1000);
  });

  it('keeps a response without comments under 400 characters', async () => {
    const url = responseUrl(base, await sealResponse(sampleResponse(), ownerPublicKey));
    sizes['response, no comments'] = url.length;
    const commented = sampleResponse({
      raterId: randomId(8),
      strength: 'Sets a clear direction and explains the why behind every programme.',
      develop: 'Could bring finance into planning earlier and show the business case in numbers.',
    });
    sizes['response, two short comments'] = responseUrl(
      base,
      await sealResponse(commented, ownerPublicKey),
    ).length;

    expect(sizes['response, no comments']).toBeLessThan(400);
  });

  it('measures the largest codes the schemas allow', async () => {
    const invitation = await packInvitation(largestInvitation(ownerPublicKey));
    const response = await sealResponse(largestResponse(), ownerPublicKey);
    sizes['invitation, every field at its limit (ideographs)'] = invitationUrl(
      base,
      invitation,
    ).length;
    sizes['response, every field at its limit (ideographs)'] = responseUrl(base, response).length;

    expect(invitation.length).toBeLessThanOrEqual(MAX_INVITATION_CODE_LENGTH);
    expect(response.length).toBeLessThanOrEqual(MAX_RESPONSE_CODE_LENGTH);
  });
});
