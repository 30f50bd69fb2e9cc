import { describe, expect, it } from 'vitest';
import { MAX_COMMENT, MAX_SUBJECT_NAME } from '../../../../src/domain/review/review';
import {
  MAX_REPORT_COMMENTS,
  MAX_REPORT_COUNT,
  MAX_REPORT_ITEMS,
} from '../../../../src/domain/review/review-report-schema';
import { parseSharedReport } from '../../../../src/domain/review/shared-report-file';
import {
  fullShared,
  errorOf,
  fileWith,
  reportFileWith,
  changeFirst,
  firstSkill,
  firstItem,
  firstCount,
} from './shared-report-fixtures';

describe('parseSharedReport: invalid files', () => {
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
