import { catalogSchema } from './catalog';
import { parseJsonFile, readTextWithin, type TextSource } from '../files/versioned-file';

/**
 * An organization's catalog file is the catalog itself: `{ "version": …, "entries": [ … ] }`.
 * The limit holds for the file's bytes before it is read and for its characters before parsing.
 */
export const MAX_CATALOG_CHARS = 3_000_000;

export type CatalogFileResult = ReturnType<typeof parseCatalogFile>;

/** Never throws; unknown fields are dropped by the schema, prototype keys never reach an object. */
export function parseCatalogFile(text: string) {
  return parseJsonFile(text, { maxChars: MAX_CATALOG_CHARS, schema: catalogSchema });
}

/** A chosen file: refused by its size before its text is read, then parsed. Never throws. */
export async function readCatalogFile(file: TextSource): Promise<CatalogFileResult> {
  const text = await readTextWithin(file, MAX_CATALOG_CHARS);
  return text.ok ? parseCatalogFile(text.value) : text;
}
