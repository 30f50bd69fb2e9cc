import { parseCatalogFile } from '../../../src/domain/plan/catalog-file';
import { parseSharedReport } from '../../../src/domain/review/shared-report-file';
import type { FileError } from '../../../src/domain/files/versioned-file';
import { createBackup, parseBackup } from '../../../src/storage/backup';
import { NOW, backupData, catalog, sharedReport } from './file-import-documents';

/** What the hostile files tried add up to, printed once the whole file has run. */
export const hostileFiles = { tried: 0, formats: new Set<string>(), addresses: 0 };

export type Json = Record<string, unknown>;

/** A deep copy with the value at `path` replaced (or removed, for undefined). */
export function withValue(
  document: unknown,
  path: readonly (string | number)[],
  value: unknown,
): unknown {
  const copy: unknown = structuredClone(document);
  let node: unknown = copy;
  for (const key of path.slice(0, -1)) {
    node = (node as Json)[String(key)];
  }
  const last = path[path.length - 1];
  if (last === undefined) return value;
  (node as Json)[String(last)] = value;
  return copy;
}

export const formats = {
  catalog: { document: catalog, parse: parseCatalogFile },
  backup: { document: createBackup(backupData, NOW), parse: parseBackup },
  'shared report': { document: sharedReport(), parse: parseSharedReport },
} as const;

export type FormatName = keyof typeof formats;

/** Counts the file as a hostile one tried, unless it is one of the valid references. */
export function tryFile(format: FormatName, text: string, isHostile = true) {
  if (isHostile) {
    hostileFiles.tried += 1;
    hostileFiles.formats.add(format);
  }
  return formats[format].parse(text);
}

export function refusal(format: FormatName, text: string): FileError {
  const result = tryFile(format, text);
  if (result.ok) throw new Error(`the ${format} file was accepted`);
  return result.error;
}

export function accepted(format: FormatName, text: string, isHostile = true): unknown {
  const result = tryFile(format, text, isHostile);
  if (!result.ok)
    throw new Error(`the ${format} file was refused: ${JSON.stringify(result.error)}`);
  return result.value;
}

export const text = (length: number, char = 'x') => char.repeat(length);

export const many = <T>(count: number, item: (index: number) => T) =>
  Array.from({ length: count }, (_, index) => item(index));
