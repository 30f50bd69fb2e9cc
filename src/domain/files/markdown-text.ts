/**
 * Everything a person types goes through here before it reaches a Markdown file, so a goal
 * named "# x" or "[a](javascript:x)" stays text: no headings, links, images, HTML or emphasis.
 * CommonMark lets a backslash escape any ASCII punctuation, so over-escaping is harmless.
 */
const INLINE_SPECIALS = /[\\`*_[\]<>#&~|!@]/g;

/**
 * GitHub-flavoured viewers turn bare `https://…`, `www.…` and `name@host` into links; an
 * escaped `:`, `.` or `@` (above) breaks the pattern they look for and reads the same.
 */
const SCHEME_COLON = /:(?=\/\/)/g;
const WWW_DOT = /\b(www)\./gi;

/** Marks that start a block only at the beginning of a line: list items, setext underlines. */
const LINE_START_MARK = /^([-+=])/;
const ORDERED_LIST_MARK = /^(\d+)([.)])/;

function escapeLine(line: string): string {
  return line
    .trim()
    .replace(INLINE_SPECIALS, '\\$&')
    .replace(SCHEME_COLON, '\\:')
    .replace(WWW_DOT, '$1\\.')
    .replace(LINE_START_MARK, '\\$1')
    .replace(ORDERED_LIST_MARK, '$1\\$2');
}

/** For headings and list items: line breaks would end the block they sit in. */
export function escapeInline(text: string): string {
  return escapeLine(text.replace(/\s*[\r\n]+\s*/g, ' '));
}

/** For free text such as notes: one escaped line per line, blank lines kept. */
export function escapeLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/).map(escapeLine);
}
