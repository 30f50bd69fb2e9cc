import { LinkFormatError } from './link-result';

const ecdh = { name: 'ECDH', namedCurve: 'P-256' } as const;
const hkdfInfo = new TextEncoder().encode('ascent-response-v1');
export const NONCE_BYTES = 12;

export interface SealedPayload {
  ephemeralPublicKey: Uint8Array<ArrayBuffer>;
  nonce: Uint8Array<ArrayBuffer>;
  ciphertext: Uint8Array<ArrayBuffer>;
}

export function importPublicKey(raw: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', raw, ecdh, false, []);
}

/** HKDF over the ECDH secret, salted with the ephemeral key, so each response has its own key. */
async function deriveAesKey(
  privateKey: CryptoKey,
  publicKey: CryptoKey,
  salt: Uint8Array<ArrayBuffer>,
  usage: KeyUsage,
): Promise<CryptoKey> {
  const secret = await crypto.subtle.deriveBits(
    { name: 'ECDH', public: publicKey },
    privateKey,
    256,
  );
  const hkdfKey = await crypto.subtle.importKey('raw', secret, 'HKDF', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt, info: hkdfInfo },
    hkdfKey,
    { name: 'AES-GCM', length: 256 },
    false,
    [usage],
  );
}

/**
 * A fresh ephemeral key pair per response: only the owner's private key can open it, and the
 * rater keeps nothing. AES-GCM also authenticates `additionalData`, the clear header.
 */
export async function encryptForOwner(
  plaintext: Uint8Array<ArrayBuffer>,
  additionalData: Uint8Array<ArrayBuffer>,
  ownerPublicKey: CryptoKey,
): Promise<SealedPayload> {
  const ephemeral = await crypto.subtle.generateKey(ecdh, false, ['deriveBits']);
  const ephemeralPublicKey = new Uint8Array(
    await crypto.subtle.exportKey('raw', ephemeral.publicKey),
  );
  const key = await deriveAesKey(
    ephemeral.privateKey,
    ownerPublicKey,
    ephemeralPublicKey,
    'encrypt',
  );
  const nonce = crypto.getRandomValues(new Uint8Array(NONCE_BYTES));
  const ciphertext = new Uint8Array(
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv: nonce, additionalData }, key, plaintext),
  );
  return { ephemeralPublicKey, nonce, ciphertext };
}

/** Rejects with 'damaged' for a point off the curve, 'cannot-open' for a wrong key or any edit. */
export async function decryptAsOwner(
  sealed: SealedPayload,
  additionalData: Uint8Array<ArrayBuffer>,
  ownerPrivateKey: CryptoKey,
): Promise<Uint8Array<ArrayBuffer>> {
  const ephemeral = await importPublicKey(sealed.ephemeralPublicKey).catch(() => {
    throw new LinkFormatError('damaged');
  });
  try {
    const key = await deriveAesKey(
      ownerPrivateKey,
      ephemeral,
      sealed.ephemeralPublicKey,
      'decrypt',
    );
    const { nonce: iv, ciphertext } = sealed;
    return new Uint8Array(
      await crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData }, key, ciphertext),
    );
  } catch {
    throw new LinkFormatError('cannot-open');
  }
}
