import { LinkFormatError } from './link-result';

/** URL-safe, so codes need no percent-encoding in a link. */
export const base64UrlAlphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const sextets = new Map(
  Array.from({ length: 64 }, (_, index) => [base64UrlAlphabet.charCodeAt(index), index]),
);

export function encodeBase64Url(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const chunk = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let c = 0; c < chars; c += 1) {
      text += base64UrlAlphabet.charAt((chunk >> (18 - 6 * c)) & 63);
    }
  }
  return text;
}

/**
 * Accepts only the canonical form: no padding, no stray characters, zero leftover bits. One
 * text per byte string means an edited final character cannot slip through unnoticed. A bad
 * length or leftover bits in otherwise valid characters means a cut-off code: 'damaged'.
 */
export function decodeBase64Url(text: string): Uint8Array<ArrayBuffer> {
  for (let i = 0; i < text.length; i += 1) {
    if (!sextets.has(text.charCodeAt(i))) throw new LinkFormatError('not-a-code');
  }
  if (text.length % 4 === 1) throw new LinkFormatError('damaged');
  const bytes = new Uint8Array(Math.floor((text.length * 6) / 8));
  let buffer = 0;
  let bits = 0;
  let index = 0;
  for (let i = 0; i < text.length; i += 1) {
    const sextet = sextets.get(text.charCodeAt(i));
    if (sextet === undefined) throw new LinkFormatError('not-a-code');
    buffer = ((buffer << 6) | sextet) & 0xfff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[index] = (buffer >> bits) & 0xff;
      index += 1;
    }
  }
  if ((buffer & ((1 << bits) - 1)) !== 0) throw new LinkFormatError('damaged');
  return bytes;
}
