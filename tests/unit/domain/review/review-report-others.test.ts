import { describe, expect, it } from 'vitest';
import { build, groupOf, respond, respondMany, sheet, skillOf } from './review-fixtures';

describe('buildReviewReport: manager and others', () => {
  it('shows a single manager attributed, below any threshold', () => {
    const report = build({
      threshold: 5,
      responses: [respond('manager', sheet({ 'executive-presence': 2 }))],
    });

    expect(skillOf(report).manager).toEqual({ mean: 2, index: 25, raters: 1 });
    expect(skillOf(report).others).toBeNull();
  });

  it('averages several managers', () => {
    const report = build({
      responses: [
        respond('manager', sheet({ 'executive-presence': 2 })),
        respond('manager', sheet({ 'executive-presence': 5 })),
      ],
    });

    expect(skillOf(report).manager).toEqual({ mean: 3.5, index: 62.5, raters: 2 });
  });

  it('keeps the manager out of others but in all-except-self', () => {
    const report = build({
      responses: [
        respond('manager', sheet({ 'executive-presence': 1 })),
        ...respondMany('peer', 3, sheet({ 'executive-presence': 5 })),
      ],
    });
    const skill = skillOf(report);

    expect(skill.others).toEqual({ mean: 5, index: 100, raters: 3 });
    expect(skill.allExceptSelf).toEqual({ mean: 4, index: 75, raters: 4 });
    // Three raters who all answered 5: the mean alone gives them away, so no band adds to it.
    expect(skill.spread).toEqual({ status: 'withheld' });
  });

  it('has no all-except-self figure when only the manager is shown', () => {
    const report = build({ responses: [respond('manager', sheet({ 'executive-presence': 3 }))] });

    expect(skillOf(report).allExceptSelf).toBeNull();
  });

  it('combines the shown groups and a shown pool into others', () => {
    const report = build({
      responses: [
        ...respondMany('direct-report', 3, sheet({ 'executive-presence': 2 })),
        ...respondMany('peer', 2, sheet({ 'executive-presence': 5 })),
        respond('other', sheet({ 'executive-presence': 5 })),
      ],
    });

    expect(skillOf(report).others).toEqual({ mean: 3.5, index: 62.5, raters: 6 });
  });

  it('leaves out of others a shown group whose own figure for the skill is withheld', () => {
    const report = build({
      responses: [
        ...respondMany('direct-report', 3, sheet({ 'executive-presence': 2 })),
        ...respondMany('peer', 2, sheet({ 'executive-presence': 5 })),
        respond('peer', sheet({ 'executive-presence': [5] })),
      ],
    });
    const skill = skillOf(report);

    expect(groupOf(skill, 'peer')?.status).toBe('withheld');
    expect(skill.others).toEqual({ mean: 2, index: 25, raters: 3 });
  });

  it('withholds others, gap and spread when no group is shown', () => {
    const report = build({
      self: sheet({ 'executive-presence': 4 }),
      responses: respondMany('peer', 2, sheet({ 'executive-presence': 1 })),
    });

    expect(skillOf(report)).toMatchObject({
      others: null,
      gap: null,
      gapIndex: null,
      isBlindSpot: false,
      isHiddenStrength: false,
      agreement: null,
      spread: null,
    });
  });
});
