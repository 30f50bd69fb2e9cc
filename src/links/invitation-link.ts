import { invitationSchema, type Invitation } from '../domain/review/review';
import { decodeBase64Url, encodeBase64Url } from './base64url';
import { joinBytes } from './binary-writer';
import { deflateRaw, inflateRaw } from './compression';
import { assertFormatTag, createFormatTag, detectCodeKind } from './format-tag';
import { readInvitationBody, writeInvitationBody } from './invitation-body';
import { LinkFormatError, decodeSafely, type LinkResult } from './link-result';
import { MAX_RESPONSE_CODE_LENGTH } from './response-seal';

/** Well above the longest invitation the schema allows, so only pasted junk is refused unread. */
export const MAX_INVITATION_CODE_LENGTH = 4000;
const CHECKSUM_BYTES = 4;

/** A truncated hash, not a signature: it catches cut-off and mistyped codes, not forgeries. */
async function computeChecksum(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return new Uint8Array(digest, 0, CHECKSUM_BYTES).slice();
}

/**
 * Layout: tag | deflate-raw(body) | first 4 bytes of SHA-256(tag | deflated body), base64url.
 * Throws for an invitation the schema refuses, so no link is handed out that cannot be opened.
 */
export async function packInvitation(invitation: Invitation): Promise<string> {
  const valid = invitationSchema.parse(invitation);
  const signed = joinBytes(
    [createFormatTag('invitation')],
    await deflateRaw(writeInvitationBody(valid)),
  );
  const code = encodeBase64Url(joinBytes(signed, await computeChecksum(signed)));
  if (code.length > MAX_INVITATION_CODE_LENGTH) throw new RangeError('invitation is too long');
  return code;
}

export function unpackInvitation(code: string): Promise<LinkResult<Invitation>> {
  return decodeSafely(async () => {
    if (code.length > MAX_INVITATION_CODE_LENGTH) {
      // Responses with long comments outgrow invitations; pasted here, they are the wrong kind.
      const isResponse =
        detectCodeKind(code) === 'response' && code.length <= MAX_RESPONSE_CODE_LENGTH;
      throw new LinkFormatError(isResponse ? 'wrong-kind' : 'too-long');
    }
    const bytes = decodeBase64Url(code);
    assertFormatTag(bytes[0], 'invitation');
    if (bytes.length <= 1 + CHECKSUM_BYTES) throw new LinkFormatError('damaged');
    const signed = bytes.slice(0, -CHECKSUM_BYTES);
    const expected = await computeChecksum(signed);
    const actual = bytes.subarray(-CHECKSUM_BYTES);
    if (expected.some((byte, index) => byte !== actual[index])) {
      throw new LinkFormatError('damaged');
    }
    const fields = readInvitationBody(await inflateRaw(signed.slice(1)));
    const parsed = invitationSchema.safeParse(fields);
    if (!parsed.success) throw new LinkFormatError('damaged');
    return parsed.data;
  });
}
