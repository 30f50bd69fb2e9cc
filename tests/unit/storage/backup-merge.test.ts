import { describe, expect, it } from 'vitest';
import type { DraftAssessment } from '../../../src/domain/assessment/assessment';
import { raterDraftKey } from '../../../src/domain/review/rater-draft';
import { mergeBackup, type BackupData } from '../../../src/storage/backup';
import { OTHER_REVIEW_ID, REVIEW_ID, invitation, raterDraft } from '../support/reviews';
import { assessment, draft, emptyData, data, reviewWith } from './backup-fixtures';

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
    const current: BackupData = {
      ...emptyData,
      assessments: [assessment('a1')],
      reviews: [reviewWith(REVIEW_ID, ['response001'])],
    };
    const incoming: BackupData = {
      ...data,
      reviews: [reviewWith(REVIEW_ID, ['response002']), reviewWith(OTHER_REVIEW_ID, [])],
      raterDrafts: { [raterDraftKey(invitation())]: raterDraft() },
    };
    const before = structuredClone([current, incoming]);

    mergeBackup(current, incoming);

    expect([current, incoming]).toEqual(before);
  });
});
