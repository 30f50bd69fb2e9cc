import { raterCategories, raterResponseSchema, type RaterResponse } from '../domain/review/review';
import { decodeBase64Url, encodeBase64Url } from './base64url';
import { BinaryReader } from './binary-reader';
import { BinaryWriter, joinBytes } from './binary-writer';
import { deflateRaw, inflateRaw } from './compression';
import {
  PUBLIC_KEY_BYTES,
  REVIEW_ID_BYTES,
  readChoice,
  readId,
  writeChoice,
  writeId,
} from './field-codecs';
import { assertFormatTag, createFormatTag } from './format-tag';
import { LinkFormatError, decodeSafely, type LinkResult } from './link-result';
import { readResponseBody, writeResponseBody } from './response-body';
import {
  NONCE_BYTES,
  decryptAsOwner,
  encryptForOwner,
  importPublicKey,
  type SealedPayload,
} from './response-cipher';

/** Room for two 1,000-character comments in any script, which barely compress. */
export const MAX_RESPONSE_CODE_LENGTH = 12_000;
const GCM_TAG_BYTES = 16;
const HEADER_BYTES = 1 + REVIEW_ID_BYTES + 1;

/** What anyone can read without the key: enough to tell which review a response belongs to. */
export type ResponseHeader = Pick<RaterResponse, 'reviewId' | 'category'>;

interface Envelope {
  header: ResponseHeader;
  additionalData: Uint8Array<ArrayBuffer>;
  sealed: SealedPayload;
}

function writeHeader(header: ResponseHeader): Uint8Array<ArrayBuffer> {
  const writer = new BinaryWriter();
  writer.writeU8(createFormatTag('response'));
  writeId(writer, header.reviewId, REVIEW_ID_BYTES);
  writeChoice(writer, raterCategories, header.category);
  return writer.toBytes();
}

function readEnvelope(code: string): Envelope {
  if (code.length > MAX_RESPONSE_CODE_LENGTH) throw new LinkFormatError('too-long');
  const bytes = decodeBase64Url(code);
  assertFormatTag(bytes[0], 'response');
  const reader = new BinaryReader(bytes.subarray(1));
  const header = {
    reviewId: readId(reader, REVIEW_ID_BYTES),
    category: readChoice(reader, raterCategories),
  };
  const ephemeralPublicKey = reader.readBytes(PUBLIC_KEY_BYTES);
  const nonce = reader.readBytes(NONCE_BYTES);
  const ciphertext = reader.readRest();
  if (ciphertext.length <= GCM_TAG_BYTES) throw new LinkFormatError('damaged');
  const additionalData = bytes.slice(0, HEADER_BYTES);
  return { header, additionalData, sealed: { ephemeralPublicKey, nonce, ciphertext } };
}

/**
 * Layout: tag | reviewId | category | ephemeral public key | nonce | AES-GCM(deflate-raw(body)).
 * The clear header is the additional data, so moving a response to another review fails to open.
 */
export async function sealResponse(
  response: RaterResponse,
  ownerPublicKeyB64: string,
): Promise<string> {
  const { reviewId, category, ...body } = raterResponseSchema.parse(response);
  const header = writeHeader({ reviewId, category });
  const ownerPublicKey = await importPublicKey(decodeBase64Url(ownerPublicKeyB64));
  const plaintext = await deflateRaw(writeResponseBody(body));
  const sealed = await encryptForOwner(plaintext, header, ownerPublicKey);
  return encodeBase64Url(
    joinBytes(header, sealed.ephemeralPublicKey, sealed.nonce, sealed.ciphertext),
  );
}

export function openResponse(
  code: string,
  ownerPrivateKey: CryptoKey,
): Promise<LinkResult<RaterResponse>> {
  return decodeSafely(async () => {
    const { header, additionalData, sealed } = readEnvelope(code);
    const plaintext = await decryptAsOwner(sealed, additionalData, ownerPrivateKey);
    const parsed = raterResponseSchema.safeParse({
      ...header,
      ...readResponseBody(await inflateRaw(plaintext)),
    });
    if (!parsed.success) throw new LinkFormatError('damaged');
    return parsed.data;
  });
}

/** Reads the clear header only; a result here says nothing about whether the rest opens. */
export function peekResponse(code: string): Promise<LinkResult<ResponseHeader>> {
  return decodeSafely(() => Promise.resolve(readEnvelope(code).header));
}
