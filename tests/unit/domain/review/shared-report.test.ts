import { describe, expect, it } from 'vitest';
import { newerVersions, unsupportedVersions } from '../../support/version-cases';
import {
  MAX_REPORT_COMMENTS,
  fromReviewReport,
  reviewReportSchema,
  toReviewReport,
} from '../../../../src/domain/review/review-report-schema';
import {
  SHARED_REPORT_FORMAT,
  SHARED_REPORT_VERSION,
} from '../../../../src/domain/review/shared-report';
import {
  MAX_SHARED_REPORT_CHARS,
  parseSharedReport,
} from '../../../../src/domain/review/shared-report-file';
import { REVIEW_ID } from '../../support/reviews';
import { build, skillOf } from './review-fixtures';
import {
  raters,
  scenarios,
  share,
  fullReport,
  fullShared,
  valueOf,
  errorOf,
  fileWith,
  RAW_ANSWERS,
  withRawAnswersEverywhere,
} from './shared-report-fixtures';

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
});

function without(entry: object, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(entry).filter(([key]) => !keys.includes(key)));
}

describe('a version-2 shared report', () => {
  /** As a version-2 app wrote it: no α, agreement band, group cells or item bank version. */
  const version2 = {
    ...fullShared,
    version: 2,
    report: {
      ...fullShared.report,
      instrumentVersion: undefined,
      skills: fullShared.report.skills.map((skill) => without(skill, ['alpha', 'agreementIndex'])),
      items: fullShared.report.items.map((item) =>
        without(item, ['groups', 'notObserved', 'isHardToObserve']),
      ),
    },
  };

  it('still imports, with the newer figures read as not shown', () => {
    const parsed = valueOf(parseSharedReport(JSON.stringify(version2)));
    expect(parsed.version).toBe(2);
    expect(parsed.report.instrumentVersion).toBe('');
    expect(parsed.report.skills.every((s) => s.alpha === null && s.agreementIndex === null)).toBe(
      true,
    );
    expect(parsed.report.items[0]).toMatchObject({ groups: [], notObserved: 0 });
  });
});
