import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  SHARED_REPORT_FORMAT,
  SHARED_REPORT_VERSION,
} from '../../../../src/domain/review/shared-report';
import {
  parseSharedReport,
  type SharedReportResult,
} from '../../../../src/domain/review/shared-report-file';
import { fullShared, valueOf, reportFileWith } from './shared-report-fixtures';

const errorCodes = [
  'too-large',
  'not-json',
  'wrong-format',
  'newer-version',
  'unsupported-version',
  'invalid',
];

function expectWellFormed(result: SharedReportResult): void {
  if (result.ok) {
    expect(result.value.format).toBe(SHARED_REPORT_FORMAT);
  } else {
    expect(errorCodes).toContain(result.error.code);
  }
}

describe('parseSharedReport on any input', () => {
  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        expectWellFormed(parseSharedReport(text));
      }),
    );
  });

  it('never throws on arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expectWellFormed(parseSharedReport(JSON.stringify(value)));
      }),
    );
  });

  it('never throws on arbitrary JSON behind a valid header', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (fields) => {
        const text = JSON.stringify({
          ...fields,
          format: SHARED_REPORT_FORMAT,
          version: SHARED_REPORT_VERSION,
        });
        expectWellFormed(parseSharedReport(text));
      }),
    );
  });

  it('never throws when any field of a valid report holds arbitrary JSON', () => {
    const keys = Object.keys(fullShared.report);
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.jsonValue(), (key, value) => {
        const result = parseSharedReport(reportFileWith({ [key]: value }));
        expectWellFormed(result);
        if (result.ok) {
          expect(valueOf(parseSharedReport(JSON.stringify(result.value)))).toEqual(result.value);
        }
      }),
    );
  });
});
