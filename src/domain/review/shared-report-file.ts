import {
  SHARED_REPORT_FORMAT,
  SHARED_REPORT_VERSION,
  sharedReportSchema,
  type SharedReport,
} from './shared-report';
import {
  parseVersionedFile,
  readTextWithin,
  type FileError,
  type FileResult,
  type TextSource,
} from '../files/versioned-file';

/**
 * Far above any real report; refusing larger files keeps a hostile file from freezing the tab.
 * The limit holds for the file's bytes before it is read and for its characters before parsing.
 */
export const MAX_SHARED_REPORT_CHARS = 2_000_000;

export type SharedReportError = FileError;
export type SharedReportResult = FileResult<SharedReport>;

/** Never throws: every way a file can be wrong becomes an error code the view can translate. */
export function parseSharedReport(text: string): SharedReportResult {
  return parseVersionedFile(text, {
    format: SHARED_REPORT_FORMAT,
    version: SHARED_REPORT_VERSION,
    // A version-2 file holds only safe figures; it reads with the version-3 ones "not shown".
    readsAlso: [2],
    maxChars: MAX_SHARED_REPORT_CHARS,
    schema: sharedReportSchema,
  });
}

/** A chosen file: refused by its size before its text is read, then parsed. Never throws. */
export async function readSharedReportFile(file: TextSource): Promise<SharedReportResult> {
  const text = await readTextWithin(file, MAX_SHARED_REPORT_CHARS);
  return text.ok ? parseSharedReport(text.value) : text;
}
