import { base64UrlAlphabet } from './base64url';
import { LinkFormatError } from './link-result';

export type CodeKind = 'invitation' | 'response';

/**
 * The tag byte holds the kind in its top six bits, as the base64url index of a letter, so every
 * code visibly starts with "I" or "R"; the low two bits hold the format version (1–3).
 */
const kindLetters = { invitation: 'I', response: 'R' } as const satisfies Record<CodeKind, string>;

export const FORMAT_VERSION = 1;

export function createFormatTag(kind: CodeKind, version = FORMAT_VERSION): number {
  return (base64UrlAlphabet.indexOf(kindLetters[kind]) << 2) | (version & 3);
}

/** Which kind of code a text holds, judged by its first character, or null if neither. */
export function detectCodeKind(code: string): CodeKind | null {
  if (code.startsWith(kindLetters.invitation)) return 'invitation';
  if (code.startsWith(kindLetters.response)) return 'response';
  return null;
}

/** Throws 'wrong-kind', 'not-a-code' or 'unsupported-version' for a tag this reader cannot use. */
export function assertFormatTag(tag: number | undefined, kind: CodeKind): void {
  if (tag === undefined) throw new LinkFormatError('not-a-code');
  const letter = base64UrlAlphabet.charAt(tag >> 2);
  if (letter !== kindLetters[kind]) {
    const isOtherKind = Object.values(kindLetters).some((other) => other === letter);
    throw new LinkFormatError(isOtherKind ? 'wrong-kind' : 'not-a-code');
  }
  if ((tag & 3) !== FORMAT_VERSION) throw new LinkFormatError('unsupported-version');
}
