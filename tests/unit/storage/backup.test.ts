import { describe, expect, it } from 'vitest';
import { newerVersions, unsupportedVersions } from '../support/version-cases';
import { raterDraftKey } from '../../../src/domain/review/rater-draft';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  MAX_BACKUP_BYTES,
  createBackup,
  parseBackup,
} from '../../../src/storage/backup';
import {
  invitation,
  ownedReview,
  raterDraft,
  raterResponse,
  receivedResponse,
} from '../support/reviews';
import {
  NOW,
  assessment,
  draft,
  emptyData,
  data,
  backupOf,
  errorOf,
  detailOf,
  fileWith,
} from './backup-fixtures';

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

  it('reads a backup written before 360 reviews with no reviews and no rater drafts', () => {
    const { assessments, draft: savedDraft, settings } = data;
    const text = JSON.stringify({
      format: BACKUP_FORMAT,
      version: 1,
      exportedAt: NOW.toISOString(),
      data: { assessments, draft: savedDraft, settings },
    });

    expect(backupOf(parseBackup(text)).data).toMatchObject({
      assessments,
      draft: savedDraft,
      settings,
      reviews: [],
      raterDrafts: {},
    });
  });

  it('reads back reviews and rater drafts exactly', () => {
    const backup = createBackup(
      {
        ...data,
        reviews: [ownedReview({ responses: [receivedResponse(raterResponse())] })],
        raterDrafts: { [raterDraftKey(invitation())]: raterDraft() },
      },
      NOW,
    );

    expect(backupOf(parseBackup(JSON.stringify(backup)))).toEqual(backup);
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

  it.each(newerVersions)('refuses version %d as newer, saying which versions', (version) => {
    expect(errorOf(parseBackup(fileWith({ version })))).toEqual({
      code: 'newer-version',
      found: String(version),
      supported: 1,
    });
  });

  it.each(unsupportedVersions)(
    'refuses version %j as unsupported, showing it as %s',
    (version, found) => {
      expect(errorOf(parseBackup(fileWith({ version })))).toEqual({
        code: 'unsupported-version',
        found,
        supported: 1,
      });
    },
  );

  it.each<[string, Record<string, unknown>, string]>([
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
    [
      'a review with a malformed id',
      { data: { ...data, reviews: [{ ...ownedReview(), id: 'short' }] } },
      'data.reviews.0.id',
    ],
    [
      'a review without waves',
      { data: { ...data, reviews: [{ ...ownedReview(), waves: [] }] } },
      'data.reviews.0.waves',
    ],
    [
      'a rater draft with an out-of-range answer',
      { data: { ...data, raterDrafts: { key: { ...raterDraft(), answers: { 'ep-1': 6 } } } } },
      'data.raterDrafts.key',
    ],
  ])('refuses %s as invalid, naming the field', (_case, changes, path) => {
    const detail = detailOf(parseBackup(fileWith(changes)));

    expect(detail.startsWith(path)).toBe(true);
  });
});
