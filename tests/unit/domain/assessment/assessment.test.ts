import { describe, expect, it } from 'vitest';
import {
  completedAssessmentSchema,
  draftAssessmentSchema,
  sortByNewest,
  type CompletedAssessment,
  type DraftAssessment,
} from '../../../../src/domain/assessment/assessment';

const completed: CompletedAssessment = {
  id: 'a1',
  completedAt: '2025-01-02T03:04:05.000Z',
  instrumentVersion: '2026.1',
  answers: { 'ep-1': 4, 'st-2': 1 },
};

const draft: DraftAssessment = {
  startedAt: '2025-01-02T03:04:05.000Z',
  updatedAt: '2025-01-02T03:10:00.000Z',
  instrumentVersion: '2026.1',
  answers: { 'ep-1': 5 },
  currentSkill: 'executive-presence',
  currentItemId: 'ep-1',
};

describe('completedAssessmentSchema', () => {
  it.each([
    ['a complete assessment', completed],
    ['no answers', { ...completed, answers: {} }],
    ['a 64-character id', { ...completed, id: 'x'.repeat(64) }],
    ['a time without milliseconds', { ...completed, completedAt: '2025-01-02T03:04:05Z' }],
  ])('accepts %s', (_case, value) => {
    expect(completedAssessmentSchema.safeParse(value).success).toBe(true);
  });

  it.each([
    ['an empty id', { ...completed, id: '' }],
    ['an id over 64 characters', { ...completed, id: 'x'.repeat(65) }],
    ['a date that is not ISO', { ...completed, completedAt: '2 January 2025' }],
    ['a date without time', { ...completed, completedAt: '2025-01-02' }],
    ['an empty instrument version', { ...completed, instrumentVersion: '' }],
    ['a rating of 0', { ...completed, answers: { 'ep-1': 0 } }],
    ['a rating of 6', { ...completed, answers: { 'ep-1': 6 } }],
    ['a fractional rating', { ...completed, answers: { 'ep-1': 3.5 } }],
    ['a rating as text', { ...completed, answers: { 'ep-1': '3' } }],
    ['missing answers', { id: 'a1', completedAt: completed.completedAt, instrumentVersion: '1' }],
  ])('refuses %s', (_case, value) => {
    expect(completedAssessmentSchema.safeParse(value).success).toBe(false);
  });
});

describe('draftAssessmentSchema', () => {
  it.each([
    ['a draft in progress', draft],
    ['a draft on the review step', { ...draft, currentSkill: 'review', currentItemId: null }],
  ])('accepts %s', (_case, value) => {
    expect(draftAssessmentSchema.safeParse(value).success).toBe(true);
  });

  it.each([
    ['an unknown step', { ...draft, currentSkill: 'summary' }],
    ['a missing current item', { ...draft, currentItemId: undefined }],
    ['a start time that is not ISO', { ...draft, startedAt: 'yesterday' }],
    ['a rating out of range', { ...draft, answers: { 'ep-1': 9 } }],
  ])('refuses %s', (_case, value) => {
    expect(draftAssessmentSchema.safeParse(value).success).toBe(false);
  });
});

describe('sortByNewest', () => {
  it('puts the most recently completed first without changing the input', () => {
    const list = [
      { completedAt: '2024-05-01T00:00:00.000Z', id: 'middle' },
      { completedAt: '2023-12-31T23:59:59.999Z', id: 'oldest' },
      { completedAt: '2025-01-01T00:00:00.000Z', id: 'newest' },
    ];
    const before = [...list];

    expect(sortByNewest(list).map((entry) => entry.id)).toEqual(['newest', 'middle', 'oldest']);
    expect(list).toEqual(before);
  });

  it('returns an empty list for no assessments', () => {
    expect(sortByNewest([])).toEqual([]);
  });
});
