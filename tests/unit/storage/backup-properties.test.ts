import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  createBackup,
  parseBackup,
  type BackupResult,
} from '../../../src/storage/backup';
import { backupOf } from './backup-fixtures';
import { backupDataArbitrary, errorCodes, isoDate } from './backup-arbitraries';

function expectWellFormed(result: BackupResult): void {
  if (result.ok) {
    expect(result.value.format).toBe(BACKUP_FORMAT);
  } else {
    expect(errorCodes).toContain(result.error.code);
  }
}

describe('parseBackup on any input', () => {
  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        expectWellFormed(parseBackup(text));
      }),
    );
  });

  it('never throws on arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expectWellFormed(parseBackup(JSON.stringify(value)));
      }),
    );
  });

  it('never throws on arbitrary values turned into JSON', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        // JSON.stringify gives undefined for undefined, although its type says string.
        const text = JSON.stringify(value) as string | undefined;
        expectWellFormed(parseBackup(text ?? 'undefined'));
      }),
    );
  });

  it('refuses a backup header with arbitrary data without throwing', () => {
    const header = fc.record({
      format: fc.constant(BACKUP_FORMAT),
      version: fc.oneof(fc.constant(BACKUP_VERSION), fc.jsonValue()),
      exportedAt: fc.oneof(isoDate, fc.jsonValue()),
      data: fc.jsonValue(),
    });

    fc.assert(
      fc.property(header, (value) => {
        expectWellFormed(parseBackup(JSON.stringify(value)));
      }),
    );
  });

  it('reads back every valid backup exactly', () => {
    fc.assert(
      fc.property(backupDataArbitrary, isoDate, (generated, exportedAt) => {
        const backup = createBackup(generated, new Date(exportedAt));

        expect(backupOf(parseBackup(JSON.stringify(backup)))).toEqual(backup);
      }),
    );
  });
});
