import { privateKeyJwkSchema, type PrivateKeyJwk } from '../domain/review/owned-review';
import { encodeBase64Url } from './base64url';
import { LinkFormatError } from './link-result';

const ecdh = { name: 'ECDH', namedCurve: 'P-256' } as const;

export interface OwnerKeyPair {
  /** Raw uncompressed point (65 bytes), base64url: what invitations carry. */
  publicKey: string;
  /** Stays in the owner's browser; only it can open the responses to this review. */
  privateKeyJwk: PrivateKeyJwk;
}

export async function createOwnerKeyPair(): Promise<OwnerKeyPair> {
  // Extractable so the private key can be stored and backed up as JWK.
  const pair = await crypto.subtle.generateKey(ecdh, true, ['deriveBits']);
  const publicKey = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
  const privateKeyJwk = privateKeyJwkSchema.parse(
    await crypto.subtle.exportKey('jwk', pair.privateKey),
  );
  return { publicKey: encodeBase64Url(publicKey), privateKeyJwk };
}

/**
 * Accepts stored or restored data as it is; rejects with LinkFormatError('cannot-open') when it
 * is not a P-256 private key, since no response could be opened with it.
 */
export async function importOwnerPrivateKey(jwk: unknown): Promise<CryptoKey> {
  const parsed = privateKeyJwkSchema.safeParse(jwk);
  if (!parsed.success) throw new LinkFormatError('cannot-open');
  try {
    // Not extractable: once imported for use, the key cannot be read back out of this handle.
    return await crypto.subtle.importKey('jwk', parsed.data, ecdh, false, ['deriveBits']);
  } catch {
    throw new LinkFormatError('cannot-open');
  }
}
