import { expect } from 'vitest';
import { type ReviewResponseInput } from '../../../../src/domain/review/review-raters';
import { type ReviewReport } from '../../../../src/domain/review/review-report';
import { ratingValues, type Rating } from '../../../../src/domain/instrument/scale';
import { createSharedReport, type SharedReport } from '../../../../src/domain/review/shared-report';
import {
  type SharedReportError,
  type SharedReportResult,
} from '../../../../src/domain/review/shared-report-file';
import { REVIEW_ID } from '../../support/reviews';
import { build, respond, respondMany, sheet, skillOf } from './review-fixtures';

export const NOW = new Date('2025-03-04T05:06:07.089Z');

export const selfSheet = sheet({
  'executive-presence': 5,
  'strategic-thinking': 2,
  'business-acumen': 4,
  'data-driven-decisions': [5, 5, 4, 5, 5, 4],
  'resilience-adaptability': 3,
});

export function variedSheet(seed: number) {
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

export function raters(category: 'peer' | 'direct-report' | 'other', count: number, from = 0) {
  return Array.from({ length: count }, (_, index) =>
    respond(category, variedSheet(from + index), {
      strength: `${category} ${String(index)} listens well`,
      develop: index % 2 === 0 ? `${category} ${String(index)} could delegate more` : '  ',
    }),
  );
}

export const manager: ReviewResponseInput = respond('manager', sheet({ 'executive-presence': 4 }), {
  strength: 'Steady under pressure',
  develop: 'Share the strategy earlier',
});

/** Each scenario is checked for what it claims before it is shared. */
export const scenarios: [string, () => ReviewReport, (report: ReviewReport) => void][] = [
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

export function share(report: ReviewReport): SharedReport {
  return createSharedReport({
    reviewId: REVIEW_ID,
    subjectName: 'Dana Ortiz',
    wave: 2,
    report,
    now: NOW,
  });
}

export const fullReport = build({
  self: selfSheet,
  responses: [manager, ...raters('peer', 3), ...raters('direct-report', 3, 3)],
});
export const fullShared = share(fullReport);

export function valueOf(result: SharedReportResult): SharedReport {
  if (!result.ok) throw new Error(`expected a report, got error ${result.error.code}`);
  return result.value;
}

export function errorOf(result: SharedReportResult): SharedReportError {
  if (result.ok) throw new Error('expected an error, got a report');
  return result.error;
}

/** A shared file with `changes` applied on top of a valid one. */
export function fileWith(changes: Record<string, unknown>): string {
  return JSON.stringify({ ...fullShared, ...changes });
}

export function reportFileWith(changes: Record<string, unknown>): string {
  return fileWith({ report: { ...fullShared.report, ...changes } });
}

export function changeFirst<T>(list: readonly T[], change: (entry: T) => unknown): unknown[] {
  return list.map((entry, index) => (index === 0 ? change(entry) : entry));
}

export const firstSkill = (change: Record<string, unknown>) => ({
  skills: changeFirst(fullShared.report.skills, (skill) => ({ ...skill, ...change })),
});
export const firstItem = (change: Record<string, unknown>) => ({
  items: changeFirst(fullShared.report.items, (item) => ({ ...item, ...change })),
});
export const firstCount = (change: Record<string, unknown>) => ({
  counts: changeFirst(fullShared.report.counts, (count) => ({ ...count, ...change })),
});

export const RAW_ANSWERS = { 'ep-1': 2, 'ep-2': 1, 'st-1': 5 };

/** Adds a rater's raw answers and identity to every object in a JSON tree. */
export function withRawAnswersEverywhere(value: unknown): unknown {
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
