import { describe, expect, it } from 'vitest';
import { itemBank } from '../../../../../src/content/item-bank';
import { itemsForSkill } from '../../../../../src/domain/instrument/instrument';
import { NOT_OBSERVED, type RaterAnswer } from '../../../../../src/domain/instrument/scale';
import { skillIds, type SkillId } from '../../../../../src/domain/instrument/skills';
import type { OtherRaterCategory } from '../../../../../src/domain/review/review-raters';
import { buildReviewReport } from '../../../../../src/domain/review/review-report';
import { gapChartData } from '../../../../../src/features/review/report/gap-chart-data';

function sheet(rating: RaterAnswer, except: Partial<Record<SkillId, RaterAnswer>> = {}) {
  return Object.fromEntries(
    skillIds.flatMap((skill) =>
      itemsForSkill(itemBank, skill).map((item) => [item.id, except[skill] ?? rating]),
    ),
  );
}

function rater(category: OtherRaterCategory, index: number, answers: ReturnType<typeof sheet>) {
  return { responseId: `${category}-${index}`, category, answers, strength: '', develop: '' };
}

const report = buildReviewReport({
  bank: itemBank,
  self: sheet(5),
  responses: [
    rater('manager', 1, sheet(2)),
    rater('peer', 1, sheet(3)),
    rater('peer', 2, sheet(3)),
    // One peer did not observe strategic thinking: two ratings are too few for that skill.
    rater('peer', 3, sheet(3, { 'strategic-thinking': NOT_OBSERVED })),
    rater('direct-report', 1, sheet(1)),
  ],
  threshold: 3,
  seed: 'gap-chart',
});

describe('gapChartData', () => {
  it('has a series for self, manager, each shown group and others, never a withheld group', () => {
    expect(gapChartData(report).series).toEqual(['self', 'manager', 'peer', 'others']);
  });

  it('draws the report’s own indices and leaves a skill withheld from a group empty', () => {
    const rows = gapChartData(report).rows;
    expect(rows.find((row) => row.skill === 'executive-presence')).toEqual({
      skill: 'executive-presence',
      values: [100, 25, 50, 50],
      gapIndex: 50,
    });
    expect(rows.find((row) => row.skill === 'strategic-thinking')).toEqual({
      skill: 'strategic-thinking',
      values: [100, 25, null, null],
      gapIndex: null,
    });
  });

  it('leaves out a series no skill has a figure for', () => {
    const selfOnly = buildReviewReport({
      bank: itemBank,
      self: sheet(4),
      responses: [],
      threshold: 3,
      seed: 'self-only',
    });
    expect(gapChartData(selfOnly).series).toEqual(['self']);
  });
});
