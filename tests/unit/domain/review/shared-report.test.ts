import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newerVersions, unsupportedVersions } from '../../support/version-cases';
import { MAX_COMMENT, MAX_SUBJECT_NAME } from '../../../../src/domain/review/review';
import type { ReviewResponseInput } from '../../../../src/domain/review/review-raters';
import type { ReviewReport } from '../../../../src/domain/review/review-report';
import {
  MAX_REPORT_COMMENTS,
  MAX_REPORT_COUNT,
  MAX_REPORT_ITEMS,
  fromReviewReport,
  reviewReportSchema,
  toReviewReport,
} from '../../../../src/domain/review/review-report-schema';
import { ratingValues, type Rating } from '../../../../src/domain/instrument/scale';
import {
  SHARED_REPORT_FORMAT,
  SHARED_REPORT_VERSION,
  createSharedReport,
  type SharedReport,
} from '../../../../src/domain/review/shared-report';
import {
  MAX_SHARED_REPORT_CHARS,
  parseSharedReport,
  type SharedReportError,
  type SharedReportResult,
} from '../../../../src/domain/review/shared-report-file';
import { REVIEW_ID } from '../../support/reviews';
import { build, respond, respondMany, sheet, skillOf } from './review-fixtures';

const NOW = new Date('2025-03-04T05:06:07.089Z');

const selfSheet = sheet({
  'executive-presence': 5,
  'strategic-thinking': 2,
  'business-acumen': 4,
  'data-driven-decisions': [5, 5, 4, 5, 5, 4],
  'resilience-adaptability': 3,
});

function variedSheet(seed: number) {
  // One of three raters a point lower, one a point higher, within the scale.
  const shift = (base: Rating): Rating =>
    ratingValues[Math.min(4, Math.max(0, base - 2 + (seed % 3)))] ?? base;
  return sheet({
    'executive-presence': [shift(4), 5, 4, shift(3), 4, 5],
    'strategic-thinking': [3, shift(4), 3, 4, shift(2), 3],
    'business-acumen': shift(4),
    'data-driven-decisions': [2, 3, shift(2), 3, 2, 0],
    'resilience-adaptability': [shift(5), 4, 5, 4, 5, shift(4)],
  });
}

function raters(category: 'peer' | 'direct-report' | 'other', count: number, from = 0) {
  return Array.from({ length: count }, (_, index) =>
    respond(category, variedSheet(from + index), {
      strength: `${category} ${String(index)} listens well`,
      develop: index % 2 === 0 ? `${category} ${String(index)} could delegate more` : '  ',
    }),
  );
}

const manager: ReviewResponseInput = respond('manager', sheet({ 'executive-presence': 4 }), {
  strength: 'Steady under pressure',
  develop: 'Share the strategy earlier',
});

/** Each scenario is checked for what it claims before it is shared. */
const scenarios: [string, () => ReviewReport, (report: ReviewReport) => void][] = [
  [
    'groups shown with self and manager',
    () =>
      build({
        self: selfSheet,
        responses: [manager, ...raters('peer', 3), ...raters('direct-report', 3, 3)],
      }),
    (report) => {
      expect(report.shownGroups).toEqual(['peer', 'direct-report']);
      expect(report.comments.status).toBe('shown');
      expect(skillOf(report).spread).not.toBeNull();
    },
  ],
  [
    'a shown pool',
    () => build({ self: selfSheet, responses: [...raters('peer', 2), ...raters('other', 1, 2)] }),
    (report) => {
      expect(report.pool.status).toBe('shown');
    },
  ],
  [
    'a withheld pool beside a shown group',
    () =>
      build({ self: selfSheet, responses: [...raters('peer', 4), ...raters('direct-report', 1)] }),
    (report) => {
      expect(report.pool.status).toBe('withheld');
      expect(report.shownGroups).toEqual(['peer']);
    },
  ],
  [
    'comments withheld because no group is shown',
    () => build({ self: selfSheet, responses: [manager, ...raters('peer', 2)] }),
    (report) => {
      expect(report.comments).toEqual({ status: 'withheld', reason: 'no-group-shown' });
      expect(report.managerComments.strengths).toEqual(['Steady under pressure']);
    },
  ],
  [
    'no self',
    () => build({ self: null, responses: [manager, ...raters('peer', 3)] }),
    (report) => {
      expect(report.skills.every((skill) => skill.self === null && skill.gap === null)).toBe(true);
    },
  ],
  [
    'a raised threshold with too few raters for a skill',
    () =>
      build({
        threshold: 5,
        responses: [...respondMany('peer', 4), respond('peer', sheet({ 'strategic-thinking': 3 }))],
      }),
    (report) => {
      expect(skillOf(report).groups[0]).toMatchObject({ status: 'withheld', threshold: 5 });
    },
  ],
  ['no responses at all', () => build(), () => undefined],
];

function share(report: ReviewReport): SharedReport {
  return createSharedReport({
    reviewId: REVIEW_ID,
    subjectName: 'Dana Ortiz',
    wave: 2,
    report,
    now: NOW,
  });
}

const fullReport = build({
  self: selfSheet,
  responses: [manager, ...raters('peer', 3), ...raters('direct-report', 3, 3)],
});
const fullShared = share(fullReport);

function valueOf(result: SharedReportResult): SharedReport {
  if (!result.ok) throw new Error(`expected a report, got error ${result.error.code}`);
  return result.value;
}

function errorOf(result: SharedReportResult): SharedReportError {
  if (result.ok) throw new Error('expected an error, got a report');
  return result.error;
}

/** A shared file with `changes` applied on top of a valid one. */
function fileWith(changes: Record<string, unknown>): string {
  return JSON.stringify({ ...fullShared, ...changes });
}

function reportFileWith(changes: Record<string, unknown>): string {
  return fileWith({ report: { ...fullShared.report, ...changes } });
}

function changeFirst<T>(list: readonly T[], change: (entry: T) => unknown): unknown[] {
  return list.map((entry, index) => (index === 0 ? change(entry) : entry));
}

const firstSkill = (change: Record<string, unknown>) => ({
  skills: changeFirst(fullShared.report.skills, (skill) => ({ ...skill, ...change })),
});
const firstItem = (change: Record<string, unknown>) => ({
  items: changeFirst(fullShared.report.items, (item) => ({ ...item, ...change })),
});
const firstCount = (change: Record<string, unknown>) => ({
  counts: changeFirst(fullShared.report.counts, (count) => ({ ...count, ...change })),
});

const RAW_ANSWERS = { 'ep-1': 2, 'ep-2': 1, 'st-1': 5 };

/** Adds a rater's raw answers and identity to every object in a JSON tree. */
function withRawAnswersEverywhere(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withRawAnswersEverywhere);
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value).map(([key, entry]) => [
    key,
    withRawAnswersEverywhere(entry),
  ]);
  return {
    ...Object.fromEntries(entries),
    answers: RAW_ANSWERS,
    responseId: 'response001',
    raterName: 'Sam',
  };
}

describe('createSharedReport and parseSharedReport', () => {
  it('stamps the format, version, review, wave and share time', () => {
    expect(fullShared).toEqual({
      format: SHARED_REPORT_FORMAT,
      version: SHARED_REPORT_VERSION,
      reviewId: REVIEW_ID,
      subjectName: 'Dana Ortiz',
      wave: 2,
      sharedAt: '2025-03-04T05:06:07.089Z',
      report: fullReport,
    });
  });

  it('starts the invalid cases below from a report with every part filled', () => {
    const { highlights, comments, items } = fullShared.report;

    expect(items).toHaveLength(30);
    expect(highlights.highest.length).toBeGreaterThan(0);
    expect(highlights.largestGaps.length).toBeGreaterThan(0);
    expect(comments.status).toBe('shown');
    expect(skillOf(fullShared.report).spread).not.toBeNull();
  });

  it.each(scenarios)('reads back a report with %s exactly', (_name, makeReport, checkScenario) => {
    const report = makeReport();
    checkScenario(report);
    const shared = share(report);

    const parsed = valueOf(parseSharedReport(JSON.stringify(shared)));

    expect(parsed).toEqual(shared);
    expect(toReviewReport(parsed.report)).toEqual(report);
  });

  it.each(scenarios)('accepts the report with %s as it is', (_name, makeReport) => {
    const report = makeReport();

    expect(reviewReportSchema.parse(fromReviewReport(report))).toEqual(report);
  });

  it('reads back a pretty-printed file', () => {
    expect(valueOf(parseSharedReport(JSON.stringify(fullShared, null, 2)))).toEqual(fullShared);
  });

  it('keeps raw answers out of the file even when the report object carries them', () => {
    const leaky = {
      ...fullReport,
      answers: RAW_ANSWERS,
      skills: fullReport.skills.map((skill) => ({ ...skill, answers: RAW_ANSWERS })),
    };

    const text = JSON.stringify(share(leaky));

    expect(text).not.toContain('"answers"');
    expect(valueOf(parseSharedReport(text))).toEqual(fullShared);
  });

  it('strips raw answers placed anywhere in an imported file', () => {
    const text = JSON.stringify(withRawAnswersEverywhere(fullShared));
    expect(text).toContain('"answers"');

    const parsed = valueOf(parseSharedReport(text));

    expect(parsed).toEqual(fullShared);
    const stored = JSON.stringify(parsed);
    expect(stored).not.toContain('"answers"');
    expect(stored).not.toContain('"responseId"');
    expect(stored).not.toContain('"raterName"');
  });

  it('refuses to share a report with more comments than the format carries', () => {
    const report = build({ responses: raters('peer', MAX_REPORT_COMMENTS + 1) });

    expect(() => share(report)).toThrow();
  });

  it('refuses a file longer than the limit before parsing it', () => {
    const text = ' '.repeat(MAX_SHARED_REPORT_CHARS + 1);

    expect(errorOf(parseSharedReport(text))).toEqual({ code: 'too-large' });
  });

  it.each(['', '{', 'not json', '{"format":"ascent-shared-report",}', "{'a':1}"])(
    'refuses %j as not JSON',
    (text) => {
      expect(errorOf(parseSharedReport(text))).toEqual({ code: 'not-json' });
    },
  );

  it.each([
    ['an empty object', '{}'],
    ['an array', '[]'],
    ['null', 'null'],
    ['a number', '42'],
    ['a string', '"ascent-shared-report"'],
    ['a backup', fileWith({ format: 'ascent-backup' })],
    ['a missing format', fileWith({ format: undefined })],
  ])('refuses %s as the wrong format', (_case, text) => {
    expect(errorOf(parseSharedReport(text))).toEqual({ code: 'wrong-format' });
  });

  // The shared table counts from version 1; this format is now at SHARED_REPORT_VERSION.
  const newerShared = newerVersions.map((version) => version + SHARED_REPORT_VERSION - 1);

  it.each(newerShared)('refuses version %d as newer, saying which versions', (version) => {
    expect(errorOf(parseSharedReport(fileWith({ version })))).toEqual({
      code: 'newer-version',
      found: String(version),
      supported: SHARED_REPORT_VERSION,
    });
  });

  it.each<[unknown, string]>([...unsupportedVersions, [1, '1']])(
    'refuses version %j as unsupported, showing it as %s',
    (version, found) => {
      expect(errorOf(parseSharedReport(fileWith({ version })))).toEqual({
        code: 'unsupported-version',
        found,
        supported: SHARED_REPORT_VERSION,
      });
    },
  );

  it.each<[string, string, string]>([
    ['a malformed review id', fileWith({ reviewId: 'short' }), 'reviewId'],
    ['an empty name', fileWith({ subjectName: '' }), 'subjectName'],
    ['a long name', fileWith({ subjectName: 'x'.repeat(MAX_SUBJECT_NAME + 1) }), 'subjectName'],
    ['wave zero', fileWith({ wave: 0 }), 'wave'],
    ['a fractional wave', fileWith({ wave: 1.5 }), 'wave'],
    ['a bad share time', fileWith({ sharedAt: 'yesterday' }), 'sharedAt'],
    ['a missing report', fileWith({ report: undefined }), 'report'],
    ['a threshold below the minimum', reportFileWith({ threshold: 2 }), 'report.threshold'],
    ['a threshold above the maximum', reportFileWith({ threshold: 11 }), 'report.threshold'],
    ['a fractional threshold', reportFileWith({ threshold: 3.5 }), 'report.threshold'],
    [
      'a missing category count',
      reportFileWith({ counts: fullShared.report.counts.slice(1) }),
      'report.counts',
    ],
    [
      'a negative count',
      reportFileWith(firstCount({ responded: -1 })),
      'report.counts.0.responded',
    ],
    [
      'a count above the limit',
      reportFileWith(firstCount({ responded: MAX_REPORT_COUNT + 1 })),
      'report.counts.0.responded',
    ],
    [
      'an unknown category',
      reportFileWith(firstCount({ category: 'boss' })),
      'report.counts.0.category',
    ],
    [
      'an unknown visibility',
      reportFileWith(firstCount({ visibility: { status: 'partial' } })),
      'report.counts.0.visibility',
    ],
    [
      'a withheld visibility without its threshold',
      reportFileWith(
        firstCount({
          visibility: { status: 'withheld', reason: 'pool-below-threshold', pooled: 2 },
        }),
      ),
      'report.counts.0.visibility',
    ],
    ['an unknown pool status', reportFileWith({ pool: { status: 'partial' } }), 'report.pool'],
    [
      'a pool of an attributed category',
      reportFileWith({ pool: { status: 'shown', categories: ['manager'], responded: 3 } }),
      'report.pool',
    ],
    ['an unknown shown group', reportFileWith({ shownGroups: ['team'] }), 'report.shownGroups.0'],
    ['four skills', reportFileWith({ skills: fullShared.report.skills.slice(1) }), 'report.skills'],
    [
      'an unknown skill',
      reportFileWith(firstSkill({ skill: 'charisma' })),
      'report.skills.0.skill',
    ],
    [
      "others' mean above the scale",
      reportFileWith(firstSkill({ others: { mean: 5.5, index: 100, raters: 6 } })),
      'report.skills.0.others.mean',
    ],
    [
      'an index above 100',
      reportFileWith(firstSkill({ self: { mean: 5, index: 101 } })),
      'report.skills.0.self.index',
    ],
    ['a gap beyond the scale', reportFileWith(firstSkill({ gap: 4.5 })), 'report.skills.0.gap'],
    [
      'an unknown agreement type',
      reportFileWith(firstSkill({ agreement: 'neutral' })),
      'report.skills.0.agreement',
    ],
    [
      'a spread band this app does not know',
      reportFileWith(firstSkill({ spread: { status: 'band', band: 'wide' } })),
      'report.skills.0.spread',
    ],
    [
      'a shown group score without its mean',
      reportFileWith(
        firstSkill({ groups: [{ group: 'peer', status: 'shown', index: 50, raters: 3 }] }),
      ),
      'report.skills.0.groups.0',
    ],
    [
      'too many items',
      reportFileWith({
        items: Array.from({ length: MAX_REPORT_ITEMS + 1 }, () => fullShared.report.items[0]),
      }),
      'report.items',
    ],
    ['an unknown item', reportFileWith(firstItem({ itemId: 'ep-7' })), 'report.items.0.itemId'],
    [
      '"not observed" as a self rating',
      reportFileWith(firstItem({ self: 0 })),
      'report.items.0.self',
    ],
    [
      'a fractional item count',
      reportFileWith(firstItem({ othersCount: 2.5 })),
      'report.items.0.othersCount',
    ],
    [
      'a highlight without a mean',
      reportFileWith({
        highlights: {
          ...fullShared.report.highlights,
          highest: changeFirst(fullShared.report.highlights.highest, (item) => ({
            ...item,
            others: null,
          })),
        },
      }),
      'report.highlights.highest.0.others',
    ],
    [
      'too many highlights',
      reportFileWith({
        highlights: {
          ...fullShared.report.highlights,
          largestGaps: Array.from({ length: 6 }, () => fullShared.report.highlights.largestGaps[0]),
        },
      }),
      'report.highlights.largestGaps',
    ],
    [
      'too many comments',
      reportFileWith({
        comments: {
          status: 'shown',
          strengths: Array.from({ length: MAX_REPORT_COMMENTS + 1 }, () => 'Kind'),
          developments: [],
        },
      }),
      'report.comments',
    ],
    [
      'a comment longer than a rater may write',
      reportFileWith({
        managerComments: { strengths: ['x'.repeat(MAX_COMMENT + 1)], developments: [] },
      }),
      'report.managerComments.strengths.0',
    ],
    [
      'comments withheld for an unknown reason',
      reportFileWith({ comments: { status: 'withheld', reason: 'manager-said-so' } }),
      'report.comments',
    ],
    [
      'missing manager comments',
      reportFileWith({ managerComments: undefined }),
      'report.managerComments',
    ],
  ])('refuses %s as invalid, naming the field', (_case, text, path) => {
    const error = errorOf(parseSharedReport(text));

    expect(error.code).toBe('invalid');
    expect(error.code === 'invalid' && error.detail.startsWith(path)).toBe(true);
  });
});

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
