import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CompletedAssessment, DraftAssessment } from '../../../src/domain/assessment';
import { allItemIds } from '../../../src/domain/instrument';
import { ratingValues } from '../../../src/domain/scale';
import { languages } from '../../../src/domain/settings';
import { skillIds } from '../../../src/domain/skills';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  MAX_BACKUP_BYTES,
  createBackup,
  mergeBackup,
  parseBackup,
  type Backup,
  type BackupData,
  type BackupError,
  type BackupResult,
} from '../../../src/storage/backup';

const NOW = new Date('2025-03-04T05:06:07.089Z');

function assessment(id: string, completedAt = '2025-01-02T03:04:05.000Z'): CompletedAssessment {
  return { id, completedAt, instrumentVersion: '2026.1', answers: { 'ep-1': 4, 'ra-6': 2 } };
}

const draft: DraftAssessment = {
  startedAt: '2025-02-01T10:00:00.000Z',
  updatedAt: '2025-02-01T10:05:00.000Z',
  instrumentVersion: '2026.1',
  answers: { 'st-1': 3 },
  currentSkill: 'strategic-thinking',
  currentItemId: 'st-1',
};

const data: BackupData = {
  assessments: [assessment('a1'), assessment('a2', '2025-01-03T00:00:00.000Z')],
  draft,
  settings: { language: 'es' },
};

const emptyData: BackupData = { assessments: [], draft: null, settings: { language: null } };

function backupOf(result: BackupResult): Backup {
  if (!result.ok) throw new Error(`expected a backup, got error ${result.error.code}`);
  return result.backup;
}

function errorOf(result: BackupResult): BackupError {
  if (result.ok) throw new Error('expected an error, got a backup');
  return result.error;
}

function detailOf(result: BackupResult): string {
  const error = errorOf(result);
  if (error.code !== 'invalid') throw new Error(`expected 'invalid', got ${error.code}`);
  return error.detail;
}

/** A backup file with `changes` applied on top of a valid one. */
function fileWith(changes: Record<string, unknown>): string {
  return JSON.stringify({ ...createBackup(data, NOW), ...changes });
}

describe('createBackup and parseBackup', () => {
  it('stamps the format, version and export time', () => {
    expect(createBackup(data, NOW)).toEqual({
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: '2025-03-04T05:06:07.089Z',
      data,
    });
  });

  it('reads back exactly what was written', () => {
    const backup = createBackup(data, NOW);

    expect(backupOf(parseBackup(JSON.stringify(backup)))).toEqual(backup);
  });

  it('reads back a pretty-printed backup of empty data', () => {
    const backup = createBackup(emptyData, NOW);

    expect(backupOf(parseBackup(JSON.stringify(backup, null, 2)))).toEqual(backup);
  });

  it('refuses a file longer than the limit before parsing it', () => {
    const text = ' '.repeat(MAX_BACKUP_BYTES + 1);

    expect(errorOf(parseBackup(text))).toEqual({ code: 'too-large' });
  });

  it.each(['', '{', 'not json', '{"format":"ascent-backup",}', "{'a':1}"])(
    'refuses %j as not JSON',
    (text) => {
      expect(errorOf(parseBackup(text))).toEqual({ code: 'not-json' });
    },
  );

  it.each([
    ['an empty object', '{}'],
    ['an array', '[]'],
    ['null', 'null'],
    ['a number', '42'],
    ['a string', '"ascent-backup"'],
    ['another format', fileWith({ format: 'other-app' })],
    ['a missing format', fileWith({ format: undefined })],
  ])('refuses %s as the wrong format', (_case, text) => {
    expect(errorOf(parseBackup(text))).toEqual({ code: 'wrong-format' });
  });

  it.each([2, 99, 1.5])('refuses version %d as newer', (version) => {
    expect(errorOf(parseBackup(fileWith({ version })))).toEqual({ code: 'newer-version' });
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['an older version', { version: 0 }, 'version'],
    ['a version given as text', { version: '1' }, 'version'],
    ['a bad export time', { exportedAt: 'now' }, 'exportedAt'],
    ['missing data', { data: undefined }, 'data'],
    [
      'an out-of-range rating',
      { data: { ...data, assessments: [{ ...assessment('a1'), answers: { 'ep-1': 9 } }] } },
      'data.assessments.0.answers.ep-1',
    ],
    ['an unknown language', { data: { ...data, settings: { language: 'de' } } }, 'data.settings'],
    [
      'a draft on an unknown step',
      { data: { ...data, draft: { ...draft, currentSkill: 'x' } } },
      'data.draft',
    ],
  ])('refuses %s as invalid, naming the field', (_case, changes, path) => {
    const detail = detailOf(parseBackup(fileWith(changes)));

    expect(detail.startsWith(path)).toBe(true);
    expect(detail.length).toBeGreaterThan(path.length + 2);
  });
});

describe('mergeBackup', () => {
  it('adds only assessments whose id is unknown and counts them', () => {
    const current: BackupData = { ...emptyData, assessments: [assessment('a1'), assessment('a3')] };
    const incoming: BackupData = {
      ...emptyData,
      assessments: [
        assessment('a1', '2020-01-01T00:00:00.000Z'),
        assessment('a2'),
        assessment('a4'),
      ],
    };

    const merged = mergeBackup(current, incoming);

    expect(merged.added).toBe(2);
    expect(merged.data.assessments.map((entry) => entry.id)).toEqual(['a1', 'a3', 'a2', 'a4']);
    expect(merged.data.assessments[0]).toEqual(assessment('a1'));
  });

  it('adds an assessment repeated inside the backup only once', () => {
    const incoming: BackupData = {
      ...emptyData,
      assessments: [assessment('a1'), assessment('a1', '2020-01-01T00:00:00.000Z')],
    };
    const merged = mergeBackup(emptyData, incoming);
    expect(merged.added).toBe(1);
    expect(merged.data.assessments).toEqual([assessment('a1')]);
  });

  it('adds nothing when every assessment is already known', () => {
    const merged = mergeBackup(data, data);

    expect(merged.added).toBe(0);
    expect(merged.data).toEqual(data);
  });

  it('keeps the current draft and settings when they are set', () => {
    const otherDraft: DraftAssessment = { ...draft, answers: { 'ba-2': 5 } };

    const merged = mergeBackup(data, {
      ...emptyData,
      draft: otherDraft,
      settings: { language: 'fr' },
    });

    expect(merged.data.draft).toEqual(draft);
    expect(merged.data.settings).toEqual({ language: 'es' });
  });

  it('takes the incoming draft and settings when the current ones are unset', () => {
    const merged = mergeBackup(emptyData, data);

    expect(merged.data.draft).toEqual(draft);
    expect(merged.data.settings).toEqual({ language: 'es' });
    expect(merged.added).toBe(2);
  });

  it('does not change the data it was given', () => {
    const current: BackupData = { ...emptyData, assessments: [assessment('a1')] };
    const before = structuredClone(current);

    mergeBackup(current, data);

    expect(current).toEqual(before);
  });
});

const isoDate = fc
  .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
  .map((date) => date.toISOString());

const answersArbitrary = fc.dictionary(
  fc.constantFrom(...allItemIds()),
  fc.constantFrom(...ratingValues),
);

const assessmentArbitrary: fc.Arbitrary<CompletedAssessment> = fc.record({
  id: fc.string({ minLength: 1, maxLength: 64 }),
  completedAt: isoDate,
  instrumentVersion: fc.string({ minLength: 1, maxLength: 12 }),
  answers: answersArbitrary,
});

const draftArbitrary: fc.Arbitrary<DraftAssessment> = fc.record({
  startedAt: isoDate,
  updatedAt: isoDate,
  instrumentVersion: fc.string({ minLength: 1, maxLength: 12 }),
  answers: answersArbitrary,
  currentSkill: fc.constantFrom(...skillIds, 'review' as const),
  currentItemId: fc.option(fc.constantFrom(...allItemIds()), { nil: null }),
});

const backupDataArbitrary: fc.Arbitrary<BackupData> = fc.record({
  assessments: fc.array(assessmentArbitrary, { maxLength: 5 }),
  draft: fc.option(draftArbitrary, { nil: null }),
  settings: fc.record({ language: fc.option(fc.constantFrom(...languages), { nil: null }) }),
});

const errorCodes = ['too-large', 'not-json', 'wrong-format', 'newer-version', 'invalid'];

function expectWellFormed(result: BackupResult): void {
  if (result.ok) {
    expect(result.backup.format).toBe(BACKUP_FORMAT);
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
