import type { ItemBank } from '../instrument/instrument';
import { collectComments, type CommentSet, type CommentsReport } from './review-comments';
import {
  planGroups,
  type CategoryCount,
  type PoolSummary,
  type ReportGroupId,
} from './review-groups';
import { highlightItems, reportItems, type ItemHighlights, type ItemReport } from './review-items';
import type { AnswerSheet, ReviewResponseInput } from './review-raters';
import { clampThreshold } from './review-rules';
import { scoreSkillReport, type SkillReport } from './review-skills';
import { skillIds } from '../instrument/skills';

export interface ReviewReportInput {
  bank: ItemBank;
  /** The subject's own ratings: a self-assessment's `Answers` or a "self" rater's answers. */
  self: AnswerSheet | null;
  /** Everyone else; `separateSelfResponse` splits a review's responses this way. */
  responses: readonly ReviewResponseInput[];
  /** Raised to MIN_ANONYMITY_THRESHOLD (review.ts) when lower. */
  threshold: number;
  /** The item bank version the raters answered (the invitation's); defaults to `bank.version`. */
  instrumentVersion?: string;
  /** Fixes the comment order, e.g. review id and wave: the same report reads the same each time. */
  seed: string;
}

export interface ReviewReport {
  /** The threshold actually applied. */
  threshold: number;
  /** Which wording the raters saw (content/item-wording.ts); empty for "today's". */
  instrumentVersion: string;
  counts: CategoryCount[];
  pool: PoolSummary;
  shownGroups: ReportGroupId[];
  skills: SkillReport[];
  items: ItemReport[];
  highlights: ItemHighlights;
  /** From shown groups and a shown pool only, unlabelled and shuffled. */
  comments: CommentsReport;
  /** Attributed like the manager's ratings; empty when no manager answered. */
  managerComments: CommentSet;
}

/**
 * The 360 report, with every anonymity rule applied here rather than in the view, so nothing
 * that must stay hidden ever reaches a component.
 */
export function buildReviewReport(input: ReviewReportInput): ReviewReport {
  const threshold = clampThreshold(input.threshold);
  const plan = planGroups(input.responses, threshold, input.self !== null);
  const shownRaters = plan.groups.flatMap((group) => group.raters);
  const items = reportItems(input.bank, input.self, plan, threshold);
  const context = { bank: input.bank, self: input.self, plan, threshold };

  return {
    threshold,
    instrumentVersion: input.instrumentVersion ?? input.bank.version,
    counts: plan.counts,
    pool: plan.pool,
    shownGroups: plan.groups.map((group) => group.id),
    skills: skillIds.map((skill) => scoreSkillReport(skill, context)),
    items,
    highlights: highlightItems(items),
    comments:
      shownRaters.length === 0
        ? { status: 'withheld', reason: 'no-group-shown' }
        : { status: 'shown', ...collectComments(shownRaters, `${input.seed}:others`) },
    managerComments: collectComments(plan.managers, `${input.seed}:manager`),
  };
}
