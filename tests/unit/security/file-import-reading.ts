import { describe, expect, it, vi } from 'vitest';
import { MAX_CATALOG_CHARS, readCatalogFile } from '../../../src/domain/plan/catalog-file';
import {
  MAX_SHARED_REPORT_CHARS,
  readSharedReportFile,
} from '../../../src/domain/review/shared-report-file';
import type { TextSource } from '../../../src/domain/files/versioned-file';
import { MAX_BACKUP_BYTES, readBackupFile } from '../../../src/storage/backup';
import { hostileFiles, formats } from './file-import-fixtures';

/* ----------------------------------------------------------------------------------------- */
/* Size: refused before a byte of the file is read                                           */
/* ----------------------------------------------------------------------------------------- */

const readers = [
  ['catalog', readCatalogFile, MAX_CATALOG_CHARS],
  ['backup', readBackupFile, MAX_BACKUP_BYTES],
  ['shared report', readSharedReportFile, MAX_SHARED_REPORT_CHARS],
] as const;

export function describeReadingChosenFiles(): void {
  describe('reading a chosen file', () => {
    it.each(readers)('refuses a %s file over the limit by its size alone', async (_, read, max) => {
      const text = vi.fn(() => Promise.resolve('{}'));
      for (const size of [max + 1, Number.POSITIVE_INFINITY, Number.NaN]) {
        hostileFiles.tried += 1;
        const source: TextSource = { size, text };
        expect(await read(source)).toEqual({ ok: false, error: { code: 'too-large' } });
      }
      expect(text).not.toHaveBeenCalled();
    });

    it.each(readers)('says a %s file could not be read when reading fails', async (_, read) => {
      hostileFiles.tried += 1;
      const source: TextSource = { size: 10, text: () => Promise.reject(new Error('gone')) };
      expect(await read(source)).toEqual({ ok: false, error: { code: 'unreadable' } });
    });

    it.each(readers)('reads a %s file within the limit', async (name, read) => {
      const document = formats[name].document;
      const source: TextSource = {
        size: 10,
        text: () => Promise.resolve(JSON.stringify(document)),
      };
      expect(await read(source)).toEqual({ ok: true, value: document });
    });
  });
}
