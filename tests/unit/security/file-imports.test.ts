import fc from 'fast-check';
import { afterAll, describe, expect, it, vi } from 'vitest';
import {
  officialUrlSchema,
  type Catalog,
  type CatalogEntry,
} from '../../../src/domain/plan/catalog';
import {
  MAX_CATALOG_CHARS,
  parseCatalogFile,
  readCatalogFile,
} from '../../../src/domain/plan/catalog-file';
import { emptyAdvocacyCase, emptyPlan, type Plan } from '../../../src/domain/plan/plan';
import { raterDraftKey } from '../../../src/domain/review/rater-draft';
import { MAX_RESPONSE_CODE_LENGTH } from '../../../src/links/response-seal';
import { MAX_SENT_CODE } from '../../../src/domain/review/rater-draft';
import { createSharedReport, type SharedReport } from '../../../src/domain/review/shared-report';
import {
  MAX_SHARED_REPORT_CHARS,
  parseSharedReport,
  readSharedReportFile,
} from '../../../src/domain/review/shared-report-file';
import type { FieldProblem, FileError, TextSource } from '../../../src/domain/files/versioned-file';
import {
  MAX_BACKUP_BYTES,
  createBackup,
  mergeBackup,
  parseBackup,
  readBackupFile,
  type BackupData,
} from '../../../src/storage/backup';
import { build, respond, sheet } from '../domain/review/review-fixtures';
import {
  REVIEW_ID,
  invitation,
  ownedReview,
  raterDraft,
  raterResponse,
  receivedResponse,
} from '../support/reviews';

const NOW = new Date('2026-03-04T05:06:07.000Z');
let filesTried = 0;
let addressesGenerated = 0;
const formatsTried = new Set<string>();

afterAll(() => {
  console.log(
    `Hostile files: ${String(filesTried)} tried across ${String(formatsTried.size)} formats (catalog, backup, shared report), every one refused or defused; ${String(addressesGenerated)} generated addresses checked`,
  );
});

/* ----------------------------------------------------------------------------------------- */
/* Valid documents, each with every part filled, that the cases below spoil one field at a time */
/* ----------------------------------------------------------------------------------------- */

const entry: CatalogEntry = {
  id: 'org-course',
  type: 'course',
  title: { en: 'Our course', es: 'Nuestro curso', fr: 'Notre cours' },
  summary: { en: 'Practice with feedback.', fr: 'Pratique avec retours.' },
  provider: 'Acme Academy',
  skills: ['executive-presence'],
  level: 'foundational',
  effort: { en: 'Two days' },
  format: null,
  prerequisites: null,
  url: 'https://academy.example.com/course?id=1#top',
};
const catalog: Catalog = { version: 'org-1', entries: [entry] };

const draftKey = raterDraftKey(invitation());

const plan: Plan = {
  ...emptyPlan,
  goals: [
    {
      id: 'goal-1',
      skill: 'strategic-thinking',
      what: 'Lead the portfolio review',
      measure: 'Two leaders sign off',
      targetDate: '2026-06-30',
      createdAt: '2026-01-10T09:00:00.000Z',
      archivedAt: null,
      actions: [
        {
          id: 'action-1',
          title: 'Book time',
          catalogId: null,
          status: 'not-started',
          notes: 'Notes',
          dueDate: null,
          doneAt: null,
        },
      ],
    },
  ],
  advocacy: {
    ...emptyAdvocacyCase,
    quickWins: ['Merge two courses'],
    objections: { needAnother: 'a', notReady: 'b', value: 'c' },
  },
  customCatalog: { mode: 'extend', catalog },
};

function sharedReport(): SharedReport {
  const raters = [3, 4, 5].map((rating) =>
    respond('peer', sheet({ 'executive-presence': rating === 3 ? 3 : 4 }), {
      strength: `Strength ${String(rating)}`,
      develop: `Develop ${String(rating)}`,
    }),
  );
  const manager = respond('peer', sheet({ 'executive-presence': 4 }));
  return createSharedReport({
    reviewId: REVIEW_ID,
    subjectName: 'Ana Pérez',
    wave: 1,
    report: build({ responses: [...raters, { ...manager, category: 'manager' }] }),
    now: NOW,
  });
}

const backupData: BackupData = {
  assessments: [
    {
      id: 'a1',
      completedAt: '2026-01-02T03:04:05.000Z',
      instrumentVersion: '2026.1',
      answers: { 'ep-1': 4 },
    },
  ],
  draft: {
    startedAt: '2026-02-01T10:00:00.000Z',
    updatedAt: '2026-02-01T10:05:00.000Z',
    instrumentVersion: '2026.1',
    answers: { 'st-1': 3 },
    currentSkill: 'strategic-thinking',
    currentItemId: 'st-1',
  },
  settings: { language: 'es' },
  reviews: [
    ownedReview({
      message: 'Thanks',
      ownerName: 'Ana',
      namedRaters: [{ id: 'DDDDDDDDDDD', name: 'Bo', category: 'peer' }],
      responses: [receivedResponse(raterResponse())],
    }),
  ],
  raterDrafts: { [draftKey]: raterDraft({ sentCode: 'code' }) },
  sharedReports: [sharedReport()],
  plan,
};

type Json = Record<string, unknown>;

/** A deep copy with the value at `path` replaced (or removed, for undefined). */
function withValue(document: unknown, path: readonly (string | number)[], value: unknown): unknown {
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

const formats = {
  catalog: { document: catalog, parse: parseCatalogFile },
  backup: { document: createBackup(backupData, NOW), parse: parseBackup },
  'shared report': { document: sharedReport(), parse: parseSharedReport },
} as const;
type FormatName = keyof typeof formats;

/** Counts the file as a hostile one tried, unless it is one of the valid references. */
function tryFile(format: FormatName, text: string, isHostile = true) {
  if (isHostile) {
    filesTried += 1;
    formatsTried.add(format);
  }
  return formats[format].parse(text);
}

function refusal(format: FormatName, text: string): FileError {
  const result = tryFile(format, text);
  if (result.ok) throw new Error(`the ${format} file was accepted`);
  return result.error;
}

function accepted(format: FormatName, text: string, isHostile = true): unknown {
  const result = tryFile(format, text, isHostile);
  if (!result.ok)
    throw new Error(`the ${format} file was refused: ${JSON.stringify(result.error)}`);
  return result.value;
}

const text = (length: number, char = 'x') => char.repeat(length);
const many = <T>(count: number, item: (index: number) => T) =>
  Array.from({ length: count }, (_, index) => item(index));

it('starts from documents every format accepts', () => {
  for (const [name, format] of Object.entries(formats)) {
    expect(accepted(name as FormatName, JSON.stringify(format.document), false)).toEqual(
      format.document,
    );
  }
});

/* ----------------------------------------------------------------------------------------- */
/* Size: refused before a byte of the file is read                                           */
/* ----------------------------------------------------------------------------------------- */

const readers = [
  ['catalog', readCatalogFile, MAX_CATALOG_CHARS],
  ['backup', readBackupFile, MAX_BACKUP_BYTES],
  ['shared report', readSharedReportFile, MAX_SHARED_REPORT_CHARS],
] as const;

describe('reading a chosen file', () => {
  it.each(readers)('refuses a %s file over the limit by its size alone', async (_, read, max) => {
    const text = vi.fn(() => Promise.resolve('{}'));
    for (const size of [max + 1, Number.POSITIVE_INFINITY, Number.NaN]) {
      filesTried += 1;
      const source: TextSource = { size, text };
      expect(await read(source)).toEqual({ ok: false, error: { code: 'too-large' } });
    }
    expect(text).not.toHaveBeenCalled();
  });

  it.each(readers)('says a %s file could not be read when reading fails', async (_, read) => {
    filesTried += 1;
    const source: TextSource = { size: 10, text: () => Promise.reject(new Error('gone')) };
    expect(await read(source)).toEqual({ ok: false, error: { code: 'unreadable' } });
  });

  it.each(readers)('reads a %s file within the limit', async (name, read) => {
    const document = formats[name].document;
    const source: TextSource = { size: 10, text: () => Promise.resolve(JSON.stringify(document)) };
    expect(await read(source)).toEqual({ ok: true, value: document });
  });
});

/* ----------------------------------------------------------------------------------------- */
/* Lengths: every string and list an import can carry is bounded                              */
/* ----------------------------------------------------------------------------------------- */

const longUrl = `https://example.org/${text(481)}`;
const backupLimits: [string, (string | number)[], unknown, FieldProblem][] = [
  ['an assessment id', ['data', 'assessments', 0, 'id'], text(65), { kind: 'too-long', max: 64 }],
  [
    'an instrument version',
    ['data', 'assessments', 0, 'instrumentVersion'],
    text(17),
    { kind: 'too-long', max: 16 },
  ],
  [
    'answers',
    ['data', 'assessments', 0, 'answers'],
    Object.fromEntries(many(201, (i) => [`ep-${String(i)}`, 3])),
    { kind: 'too-many', max: 200 },
  ],
  [
    'a subject name',
    ['data', 'reviews', 0, 'subjectName'],
    text(81),
    { kind: 'too-long', max: 80 },
  ],
  [
    'an invitation message',
    ['data', 'reviews', 0, 'message'],
    text(281),
    { kind: 'too-long', max: 280 },
  ],
  ['an owner name', ['data', 'reviews', 0, 'ownerName'], text(81), { kind: 'too-long', max: 80 }],
  [
    'an owner address',
    ['data', 'reviews', 0, 'ownerEmail'],
    text(255),
    { kind: 'too-long', max: 254 },
  ],
  [
    'named raters',
    ['data', 'reviews', 0, 'namedRaters'],
    many(201, () => ({ id: 'DDDDDDDDDDD', name: 'Bo', category: 'peer' })),
    { kind: 'too-many', max: 200 },
  ],
  [
    'responses to one review',
    ['data', 'reviews', 0, 'responses'],
    many(1001, () => receivedResponse(raterResponse())),
    { kind: 'too-many', max: 1000 },
  ],
  [
    'a comment',
    ['data', 'reviews', 0, 'responses', 0, 'response', 'strength'],
    text(1001),
    { kind: 'too-long', max: 1000 },
  ],
  [
    'a rater name',
    ['data', 'reviews', 0, 'responses', 0, 'response', 'raterName'],
    text(81),
    { kind: 'too-long', max: 80 },
  ],
  [
    'a private key part',
    ['data', 'reviews', 0, 'privateKeyJwk', 'd'],
    text(65),
    { kind: 'too-long', max: 64 },
  ],
  [
    'rater groups',
    ['data', 'reviews', 0, 'categories'],
    ['peer', 'peer', 'peer', 'peer', 'peer', 'peer'],
    { kind: 'too-many', max: 5 },
  ],
  [
    'a sent response code',
    ['data', 'raterDrafts', draftKey, 'sentCode'],
    text(16_001),
    { kind: 'too-long', max: 16_000 },
  ],
  [
    'a draft comment',
    ['data', 'raterDrafts', draftKey, 'develop'],
    text(1001),
    { kind: 'too-long', max: 1000 },
  ],
  [
    'rater drafts',
    ['data', 'raterDrafts'],
    Object.fromEntries(
      many(1001, (i) => [`${REVIEW_ID}:peer:${String(i).padStart(11, 'A')}`, raterDraft()]),
    ),
    { kind: 'too-many', max: 1000 },
  ],
  [
    'assessments',
    ['data', 'assessments'],
    many(10_001, (i) => ({ ...backupData.assessments[0], id: `a${String(i)}` })),
    { kind: 'too-many', max: 10_000 },
  ],
  [
    'goals',
    ['data', 'plan', 'goals'],
    many(101, () => plan.goals[0]),
    { kind: 'too-many', max: 100 },
  ],
  ['a goal', ['data', 'plan', 'goals', 0, 'what'], text(301), { kind: 'too-long', max: 300 }],
  [
    'actions',
    ['data', 'plan', 'goals', 0, 'actions'],
    many(51, () => plan.goals[0]?.actions[0]),
    { kind: 'too-many', max: 50 },
  ],
  [
    'action notes',
    ['data', 'plan', 'goals', 0, 'actions', 0, 'notes'],
    text(2001),
    { kind: 'too-long', max: 2000 },
  ],
  [
    'quick wins',
    ['data', 'plan', 'advocacy', 'quickWins'],
    many(101, () => 'win'),
    { kind: 'too-many', max: 100 },
  ],
  [
    'a quick win',
    ['data', 'plan', 'advocacy', 'quickWins', 0],
    text(501),
    { kind: 'too-long', max: 500 },
  ],
  [
    'an answer to an objection',
    ['data', 'plan', 'advocacy', 'objections', 'value'],
    text(2001),
    { kind: 'too-long', max: 2000 },
  ],
  [
    'an imported catalog title',
    ['data', 'plan', 'customCatalog', 'catalog', 'entries', 0, 'title', 'en'],
    text(601),
    { kind: 'too-long', max: 600 },
  ],
  [
    'a shared report subject',
    ['data', 'sharedReports', 0, 'subjectName'],
    text(81),
    { kind: 'too-long', max: 80 },
  ],
];

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

/* ----------------------------------------------------------------------------------------- */
/* Addresses: only https reaches an href                                                      */
/* ----------------------------------------------------------------------------------------- */

const refusedUrls = [
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  ' javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'http://academy.example.com/',
  '//academy.example.com/',
  '/relative/path',
  'https:/academy.example.com/',
  'https:\\\\academy.example.com\\',
  ' https://academy.example.com/',
  'https://academy.example.com/\n',
  'ht\ttps://academy.example.com/',
  'https://academy.example.com/a b',
  'https://trusted.example.org@evil.example/',
  'https://user:pass@academy.example.com/',
  'https://localhost/',
  'https://127.0.0.1/',
  'https://xn--80ak6aa92e.com\u0000/',
  'https://académie.example/',
  'blob:https://academy.example.com/1',
  'mailto:a@example.org',
];

describe('catalog addresses', () => {
  it.each(refusedUrls)('refuses %j, naming the field', (url) => {
    const file = JSON.stringify(withValue(catalog, ['entries', 0, 'url'], url));
    const error = refusal('catalog', file);

    expect(error).toMatchObject({ code: 'invalid', detail: 'entries.0.url' });
  });

  it.each([
    'https://academy.example.com',
    'https://www.academy.example.com/path/to/page?x=1&y=2#part',
    'https://academy.example.com:8443/a_(b)~c%20d',
  ])('accepts %j as it is', (url) => {
    const file = JSON.stringify(withValue(catalog, ['entries', 0, 'url'], url));

    expect(accepted('catalog', file, false)).toMatchObject({ entries: [{ url }] });
  });

  it('accepts only addresses a browser opens over https at the host they show', () => {
    const candidates = fc.oneof(
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
      fc.webUrl().map((url) => url.replace(/^https?/, 'javascript')),
      fc
        .tuple(fc.webUrl(), fc.string({ unit: 'binary', maxLength: 3 }), fc.nat(30))
        .map(([url, noise, at]) => url.slice(0, at) + noise + url.slice(at)),
    );
    fc.assert(
      fc.property(candidates, (url) => {
        addressesGenerated += 1;
        if (!officialUrlSchema.safeParse(url).success) return;
        const parsed = new URL(url);
        expect(parsed.protocol).toBe('https:');
        expect(parsed.username + parsed.password).toBe('');
        // What the href holds is what was checked: no character a browser would drop or fold.
        expect(url).toMatch(/^https:\/\/[\x21-\x7e]+$/);
        expect(url).not.toContain('\\');
        expect(parsed.href.startsWith(`https://${parsed.host}`)).toBe(true);
        expect(url.toLowerCase().startsWith(`https://${parsed.host}`)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

/* ----------------------------------------------------------------------------------------- */
/* Prototype keys and unknown fields                                                          */
/* ----------------------------------------------------------------------------------------- */

const prototypeKeys = ['__proto__', 'constructor', 'prototype'];

/** Adds the three keys (each an object that would pollute) to the object at `path`. */
function withPrototypeKeys(document: unknown, path: readonly (string | number)[]): string {
  const json = JSON.stringify(withValue(document, [...path, 'marker'], 1));
  const polluting = prototypeKeys
    .map((key) => `"${key}":{"polluted":true,"prototype":{"polluted":true}}`)
    .join(',');
  // JSON.parse turns "__proto__" into an own key, as a file read by the app would have it.
  const marked = json.replace('"marker":1', `${polluting},"extraField":"dropped"`);
  if (marked === json) throw new Error('marker not found');
  return marked;
}

/** Every object the value holds: none may carry a prototype key or the unknown field. */
function expectClean(value: unknown): void {
  const seen: unknown[] = [value];
  while (seen.length > 0) {
    const node = seen.pop();
    if (typeof node !== 'object' || node === null) continue;
    const proto: unknown = Object.getPrototypeOf(node);
    expect(proto === Object.prototype || proto === Array.prototype).toBe(true);
    for (const key of Object.keys(node)) {
      expect(prototypeKeys).not.toContain(key);
      expect(key).not.toBe('extraField');
      seen.push((node as Json)[key]);
    }
  }
}

function expectPrototypeUntouched(): void {
  expect(Object.prototype).not.toHaveProperty('polluted');
  expect(({} as Json).polluted).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted');
}

const objectPaths: [FormatName, (string | number)[]][] = [
  ['catalog', []],
  ['catalog', ['entries', 0]],
  ['catalog', ['entries', 0, 'title']],
  ['backup', []],
  ['backup', ['data']],
  ['backup', ['data', 'assessments', 0]],
  ['backup', ['data', 'reviews', 0]],
  ['backup', ['data', 'reviews', 0, 'privateKeyJwk']],
  ['backup', ['data', 'reviews', 0, 'responses', 0, 'response']],
  ['backup', ['data', 'raterDrafts', draftKey, 'invitation']],
  ['backup', ['data', 'plan', 'advocacy']],
  ['backup', ['data', 'plan', 'goals', 0, 'actions', 0]],
  ['backup', ['data', 'sharedReports', 0, 'report']],
  ['shared report', []],
  ['shared report', ['report']],
  ['shared report', ['report', 'skills', 0]],
  ['shared report', ['report', 'comments']],
];

describe('prototype keys and unknown fields in a file', () => {
  it.each(objectPaths)(
    'in a %s at %j are dropped, and Object.prototype is untouched',
    (format, path) => {
      const value = accepted(format, withPrototypeKeys(formats[format].document, path));

      expectPrototypeUntouched();
      expectClean(value);
      expect(value).toEqual(formats[format].document);
    },
  );

  it.each<[string, string[]]>([
    ['rater drafts', ['data', 'raterDrafts']],
    ['answers', ['data', 'assessments', '0', 'answers']],
    ['draft answers', ['data', 'draft', 'answers']],
    ['rater answers', ['data', 'reviews', '0', 'responses', '0', 'response', 'answers']],
  ])('as keys of %s are never kept, and the backup merges cleanly', (_, path) => {
    for (const key of prototypeKeys) {
      const json = JSON.stringify(withValue(formats.backup.document, path, { marker: 1 }));
      const file = json.replace('{"marker":1}', `{"${key}":{"polluted":true}}`);
      filesTried += 1;
      const result = parseBackup(file);
      expectPrototypeUntouched();
      if (result.ok) {
        expectClean(result.value);
        expectClean(mergeBackup(backupData, result.value.data).data);
      } else {
        expect(result.error).toMatchObject({ code: 'invalid', detail: [...path, key].join('.') });
      }
      expectPrototypeUntouched();
    }
  });
});
