import { itemBank } from '../../../../src/content/item-bank';
import {
  ITEMS_PER_SKILL,
  skillPrefixes,
  type ItemId,
} from '../../../../src/domain/instrument/instrument';
import type { ReportGroupId } from '../../../../src/domain/review/review-groups';
import type {
  AnswerSheet,
  OtherRaterCategory,
  ReviewResponseInput,
} from '../../../../src/domain/review/review-raters';
import {
  buildReviewReport,
  type ReviewReport,
  type ReviewReportInput,
} from '../../../../src/domain/review/review-report';
import type { GroupSkillScore, SkillReport } from '../../../../src/domain/review/review-skills';
import type { RaterAnswer } from '../../../../src/domain/instrument/scale';
import { skillIds, type SkillId } from '../../../../src/domain/instrument/skills';

/** Per skill: one answer for all six items, or the answers to its first items in order. */
export type SheetSpec = Partial<Record<SkillId, RaterAnswer | readonly RaterAnswer[]>>;

export function sheet(
  spec: SheetSpec,
  overrides: Partial<Record<ItemId, RaterAnswer>> = {},
): AnswerSheet {
  const entries = skillIds.flatMap((skill) => {
    const value = spec[skill];
    if (value === undefined) return [];
    const answers =
      typeof value === 'number' ? Array.from({ length: ITEMS_PER_SKILL }, () => value) : value;
    return answers.map((answer, index): [string, RaterAnswer] => [
      `${skillPrefixes[skill]}-${index + 1}`,
      answer,
    ]);
  });
  return { ...Object.fromEntries(entries), ...overrides };
}

let nextId = 0;

export function respond(
  category: OtherRaterCategory,
  answers: AnswerSheet,
  comments: { strength?: string; develop?: string } = {},
): ReviewResponseInput {
  nextId += 1;
  return {
    responseId: `${category}-${nextId}`,
    category,
    answers,
    strength: comments.strength ?? '',
    develop: comments.develop ?? '',
  };
}

export function respondMany(
  category: OtherRaterCategory,
  count: number,
  answers: AnswerSheet = sheet({ 'executive-presence': 4 }),
): ReviewResponseInput[] {
  return Array.from({ length: count }, () => respond(category, answers));
}

export function build(input: Partial<ReviewReportInput> = {}): ReviewReport {
  return buildReviewReport({
    bank: itemBank,
    self: null,
    responses: [],
    threshold: 3,
    seed: 'review-1:wave-1',
    ...input,
  });
}

export function skillOf(report: ReviewReport, skill: SkillId = 'executive-presence'): SkillReport {
  const found = report.skills.find((entry) => entry.skill === skill);
  if (found === undefined) throw new Error(`no ${skill} in report`);
  return found;
}

export function groupOf(skill: SkillReport, group: ReportGroupId): GroupSkillScore | undefined {
  return skill.groups.find((entry) => entry.group === group);
}
