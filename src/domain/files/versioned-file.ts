import type * as z from 'zod/mini';

/**
 * What was wrong with the first refused field, in words every language can say: a limit the
 * field went past, an address that is not https, or anything else (missing, wrong kind).
 */
export type FieldProblem =
  | { kind: 'too-long'; max: number }
  | { kind: 'too-many'; max: number }
  | { kind: 'not-https' }
  | { kind: 'not-allowed' };

/** Why a JSON file was refused; the views turn each code into a translated message. */
export type JsonFileError =
  | { code: 'too-large' }
  | { code: 'unreadable' }
  | { code: 'not-json' }
  | { code: 'invalid'; detail: string; problem: FieldProblem };

/**
 * Versioned files (backups, shared reports) can also be foreign, from a newer app, or carry a
 * version this app never wrote; `found` is the file's version as text, `supported` this app's.
 */
export type VersionError = {
  code: 'newer-version' | 'unsupported-version';
  found: string;
  supported: number;
};
export type FileError = JsonFileError | { code: 'wrong-format' } | VersionError;

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
  /** Older versions still read as they are (the schema fills what they lack). */
  readsAlso?: readonly number[];
}

/** What the views hand over from a file input: a File has both, and tests can pass a stand-in. */
export interface TextSource {
  size: number;
  text: () => Promise<string>;
}

/**
 * Reads a chosen file's text only when its size (bytes, known before a byte is read) is within
 * `maxBytes`: a UTF-8 file never has more UTF-16 characters than bytes, so the character limit
 * the parsers check afterwards still holds. Never throws.
 */
export async function readTextWithin(
  source: TextSource,
  maxBytes: number,
): Promise<Result<string, { code: 'too-large' } | { code: 'unreadable' }>> {
  if (!Number.isFinite(source.size) || source.size > maxBytes) {
    return { ok: false, error: { code: 'too-large' } };
  }
  try {
    return { ok: true, value: await source.text() };
  } catch {
    return { ok: false, error: { code: 'unreadable' } };
  }
}

function readJson(text: string, maxChars: number): Result<unknown, JsonFileError> {
  if (text.length > maxChars) return { ok: false, error: { code: 'too-large' } };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, error: { code: 'not-json' } };
  }
}

function describeProblem(issue: z.core.$ZodIssue | undefined): FieldProblem {
  if (issue?.code === 'too_big' && typeof issue.maximum === 'number') {
    const max = issue.maximum;
    if (issue.origin === 'string') return { kind: 'too-long', max };
    if (issue.origin === 'array' || issue.origin === 'set' || issue.origin === 'record') {
      return { kind: 'too-many', max };
    }
  }
  const params = issue?.code === 'custom' ? issue.params : undefined;
  if (typeof params?.maxEntries === 'number') return { kind: 'too-many', max: params.maxEntries };
  if (params?.httpsOnly === true) return { kind: 'not-https' };
  if (issue?.code === 'invalid_format' && issue.format === 'url') return { kind: 'not-https' };
  return { kind: 'not-allowed' };
}

function validate<T>(json: unknown, schema: z.ZodMiniType<T>): Result<T, JsonFileError> {
  const result = schema.safeParse(json);
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0];
  // The field's path only: it reads the same in every language, unlike the validator's wording.
  const detail = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : '—';
  return { ok: false, error: { code: 'invalid', detail, problem: describeProblem(issue) } };
}

function readHeader(value: unknown): { format?: unknown; version?: unknown } {
  return typeof value === 'object' && value !== null ? value : {};
}

/** Long enough for any real version, short enough that a hostile one cannot fill the message. */
const MAX_SHOWN_VERSION = 12;

function showVersion(version: unknown): string {
  if (version === undefined) return '—';
  const shown =
    typeof version === 'number' || typeof version === 'boolean'
      ? String(version)
      : JSON.stringify(version);
  return shown.length > MAX_SHOWN_VERSION ? `${shown.slice(0, MAX_SHOWN_VERSION)}…` : shown;
}

function checkVersion(found: unknown, supported: number): VersionError | null {
  if (found === supported) return null;
  const isNewer = typeof found === 'number' && found > supported;
  return {
    code: isNewer ? 'newer-version' : 'unsupported-version',
    found: showVersion(found),
    supported,
  };
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
  const isOlderRead = file.readsAlso?.some((version) => version === header.version) ?? false;
  const versionError = isOlderRead ? null : checkVersion(header.version, file.version);
  if (versionError) return { ok: false, error: versionError };
  return validate(json.value, file.schema);
}
