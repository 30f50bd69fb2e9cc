import { describe, expect, it } from 'vitest';
import { MAX_RESPONSE_CODE_LENGTH } from '../../../src/links/response-seal';
import { MAX_SENT_CODE } from '../../../src/domain/review/rater-draft';
import type { FieldProblem } from '../../../src/domain/files/versioned-file';
import type { FormatName } from './file-import-fixtures';
import { withValue, formats, refusal, text, many } from './file-import-fixtures';
import { entry } from './file-import-documents';
import { backupLimits, longUrl } from './file-import-backup-limits';

const limits: [FormatName, string, (string | number)[], unknown, FieldProblem][] = [
  ['catalog', 'a catalog version', ['version'], text(41), { kind: 'too-long', max: 40 }],
  [
    'catalog',
    'entries',
    ['entries'],
    many(2001, (i) => ({ ...entry, id: `e-${String(i)}` })),
    { kind: 'too-many', max: 2000 },
  ],
  ['catalog', 'a title', ['entries', 0, 'title', 'en'], text(601), { kind: 'too-long', max: 600 }],
  [
    'catalog',
    'a summary',
    ['entries', 0, 'summary', 'fr'],
    text(601),
    { kind: 'too-long', max: 600 },
  ],
  ['catalog', 'a provider', ['entries', 0, 'provider'], text(201), { kind: 'too-long', max: 200 }],
  [
    'catalog',
    'skills',
    ['entries', 0, 'skills'],
    many(6, () => 'executive-presence'),
    { kind: 'too-many', max: 5 },
  ],
  ['catalog', 'an address', ['entries', 0, 'url'], longUrl, { kind: 'too-long', max: 500 }],
  ...backupLimits.map(
    ([name, path, value, problem]): [
      FormatName,
      string,
      (string | number)[],
      unknown,
      FieldProblem,
    ] => ['backup', name, path, value, problem],
  ),
  ['shared report', 'a subject name', ['subjectName'], text(81), { kind: 'too-long', max: 80 }],
  [
    'shared report',
    'comments',
    ['report', 'comments', 'strengths'],
    many(201, () => 'Kind'),
    { kind: 'too-many', max: 200 },
  ],
  [
    'shared report',
    'a comment',
    ['report', 'comments', 'strengths', 0],
    text(1001),
    { kind: 'too-long', max: 1000 },
  ],
  [
    'shared report',
    "a manager's comment",
    ['report', 'managerComments', 'developments', 0],
    text(1001),
    { kind: 'too-long', max: 1000 },
  ],
  [
    'shared report',
    'items',
    ['report', 'items'],
    many(61, () => formats['shared report'].document.report.items[0]),
    { kind: 'too-many', max: 60 },
  ],
];

export function describeBoundedImports(): void {
  describe('bounded imports', () => {
    it.each(limits)(
      'refuses a %s file with too long %s, naming the field and the limit',
      (format, _, path, value, problem) => {
        const file = JSON.stringify(withValue(formats[format].document, path, value));

        expect(refusal(format, file)).toEqual({ code: 'invalid', detail: path.join('.'), problem });
      },
    );

    it('keeps the sent-code limit above the longest response code a link may carry', () => {
      expect(MAX_SENT_CODE).toBeGreaterThanOrEqual(MAX_RESPONSE_CODE_LENGTH);
    });
  });
}
