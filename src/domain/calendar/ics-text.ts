/** RFC 5545 §3.1: content lines end in CRLF and should not exceed 75 octets. */
export const CRLF = '\r\n';
export const MAX_LINE_OCTETS = 75;

const REPLACEMENT_CHARACTER = '\uFFFD';

function isControl(codePoint: number): boolean {
  // RFC 5545 TEXT forbids CONTROL (U+0000–U+001F, U+007F) except tab; line breaks are escaped.
  const isLineBreak = codePoint === 0x0a || codePoint === 0x0d;
  return (codePoint < 0x20 && codePoint !== 0x09 && !isLineBreak) || codePoint === 0x7f;
}

function isLoneSurrogate(codePoint: number): boolean {
  return codePoint >= 0xd800 && codePoint <= 0xdfff;
}

/** Iterating by code point keeps pairs whole; a lone surrogate has no UTF-8 form at all. */
function cleanText(value: string): string {
  let clean = '';
  for (const char of value) {
    const codePoint = char.codePointAt(0) ?? 0;
    if (isControl(codePoint)) continue;
    clean += isLoneSurrogate(codePoint) ? REPLACEMENT_CHARACTER : char;
  }
  return clean;
}

/** TEXT values: backslash first, so the escapes added after it are not escaped again. */
export function escapeText(value: string): string {
  return cleanText(value)
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

function countUtf8Octets(char: string): number {
  const codePoint = char.codePointAt(0) ?? 0;
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/**
 * Folds at 75 octets, counting the leading space of each continuation line, and only between
 * code points: splitting a multi-byte character would corrupt it for strict readers.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = MAX_LINE_OCTETS;
  for (const char of line) {
    const size = countUtf8Octets(char);
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = MAX_LINE_OCTETS - 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}
