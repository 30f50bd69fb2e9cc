import type * as z from 'zod/mini';

/** Why an imported file was refused; the views turn each code into a translated message. */
export type FileError =
  | { code: 'too-large' }
  | { code: 'not-json' }
  | { code: 'wrong-format' }
  | { code: 'newer-version' }
  | { code: 'invalid'; detail: string };

export type FileResult<T> = { ok: true; value: T } | { ok: false; error: FileError };

interface FileFormat<T> {
  format: string;
  version: number;
  /** Checked before parsing, so a hostile file cannot freeze the tab. */
  maxChars: number;
  schema: z.ZodMiniType<T>;
}

function readHeader(value: unknown): { format?: unknown; version?: unknown } {
  return typeof value === 'object' && value !== null ? value : {};
}

/**
 * Reads one of Ascent's JSON files (backups, shared reports). Never throws: every way a file
 * can be wrong becomes an error code. A newer file gets its own code, since the fix is to update.
 */
export function parseVersionedFile<T>(text: string, file: FileFormat<T>): FileResult<T> {
  if (text.length > file.maxChars) return { ok: false, error: { code: 'too-large' } };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: { code: 'not-json' } };
  }
  const header = readHeader(json);
  if (header.format !== file.format) return { ok: false, error: { code: 'wrong-format' } };
  if (typeof header.version === 'number' && header.version > file.version) {
    return { ok: false, error: { code: 'newer-version' } };
  }
  const result = file.schema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    // The field's path only: it reads the same in every language, unlike the validator's wording.
    const detail = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : '—';
    return { ok: false, error: { code: 'invalid', detail } };
  }
  return { ok: true, value: result.data };
}
