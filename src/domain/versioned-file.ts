import type * as z from 'zod/mini';

/** Why a JSON file was refused; the views turn each code into a translated message. */
export type JsonFileError =
  { code: 'too-large' } | { code: 'not-json' } | { code: 'invalid'; detail: string };

/** Versioned files (backups, shared reports) can also be foreign or from a newer app. */
export type FileError = JsonFileError | { code: 'wrong-format' } | { code: 'newer-version' };

type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };
export type FileResult<T> = Result<T, FileError>;

interface JsonFormat<T> {
  /** Checked before parsing, so a hostile file cannot freeze the tab. */
  maxChars: number;
  schema: z.ZodMiniType<T>;
}

interface FileFormat<T> extends JsonFormat<T> {
  format: string;
  version: number;
}

function readJson(text: string, maxChars: number): Result<unknown, JsonFileError> {
  if (text.length > maxChars) return { ok: false, error: { code: 'too-large' } };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, error: { code: 'not-json' } };
  }
}

function validate<T>(json: unknown, schema: z.ZodMiniType<T>): Result<T, JsonFileError> {
  const result = schema.safeParse(json);
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0];
  // The field's path only: it reads the same in every language, unlike the validator's wording.
  const detail = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : '—';
  return { ok: false, error: { code: 'invalid', detail } };
}

function readHeader(value: unknown): { format?: unknown; version?: unknown } {
  return typeof value === 'object' && value !== null ? value : {};
}

/** Reads a plain JSON file against a schema (an organization's catalog). Never throws. */
export function parseJsonFile<T>(text: string, file: JsonFormat<T>): Result<T, JsonFileError> {
  const json = readJson(text, file.maxChars);
  return json.ok ? validate(json.value, file.schema) : json;
}

/**
 * Reads one of Ascent's own files (backups, shared reports). Never throws. A newer file gets its
 * own code, since the fix is to update the app rather than to ask for the file again.
 */
export function parseVersionedFile<T>(text: string, file: FileFormat<T>): FileResult<T> {
  const json = readJson(text, file.maxChars);
  if (!json.ok) return json;
  const header = readHeader(json.value);
  if (header.format !== file.format) return { ok: false, error: { code: 'wrong-format' } };
  if (typeof header.version === 'number' && header.version > file.version) {
    return { ok: false, error: { code: 'newer-version' } };
  }
  return validate(json.value, file.schema);
}
