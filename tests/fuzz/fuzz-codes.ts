import { base64UrlAlphabet } from '../../src/links/base64url';
import type { CodeKind } from '../../src/links/format-tag';
import { invitationUrl, responseUrl } from '../../src/links/link-url';
import { FUZZ_BASE_URL, type PoolCode } from './fuzz-pool';
import type { EntryPoint, Expected } from './fuzz-categories';

const entryPointOf = { invitation: 'respond', response: 'collect' } as const satisfies Record<
  CodeKind,
  EntryPoint
>;

export function expectedFor(entry: PoolCode): Record<EntryPoint, Expected> {
  const own = entryPointOf[entry.kind];
  return {
    respond: own === 'respond' ? entry.outcome : 'wrong-kind',
    collect: own === 'collect' ? entry.outcome : 'wrong-kind',
  };
}

export function render(kind: CodeKind, code: string, asUrl: boolean): string {
  if (!asUrl) return code;
  return kind === 'invitation'
    ? invitationUrl(FUZZ_BASE_URL, code)
    : responseUrl(FUZZ_BASE_URL, code);
}

/** Cheap seeded base64url filler: long inputs built by fast-check char by char would be slow. */
export function filler(seed: number, length: number): string {
  let state = seed | 0 || 1;
  let text = '';
  for (let i = 0; i < length; i += 1) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    text += base64UrlAlphabet.charAt(state & 63);
  }
  return text;
}

export function padTo(code: string, length: number, seed: number): string {
  return code + filler(seed, length - code.length);
}

/** Byte ranges of each field: tag, review id, category, ephemeral key, nonce, ciphertext. */
export function fieldRanges(kind: CodeKind, length: number): [number, number][] {
  if (kind === 'invitation') {
    return [
      [0, 1],
      [1, length - 4],
      [length - 4, length],
    ];
  }
  return [
    [0, 1],
    [1, 17],
    [17, 18],
    [18, 83],
    [83, 95],
    [95, length],
  ];
}
