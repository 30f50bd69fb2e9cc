import * as z from 'zod/mini';
import { itemIdSchema, MAX_INSTRUMENT_VERSION } from '../instrument/instrument';
import {
  MAX_ANONYMITY_THRESHOLD,
  MAX_COMMENT,
  MIN_ANONYMITY_THRESHOLD,
  raterCategories,
  raterCategorySchema,
} from './review';
import { groupedCategories } from './review-groups';
import type { DisclosedSpread } from './review-disclosure';
import { spreadBands } from './spread-band';
import type { ReviewReport } from './review-report';
import { ITEM_HIGHLIGHT_COUNT } from './review-rules';
import { agreementTypes } from './agreement-types';
import { agreementBands } from './agreement-band';
import { ratingSchema, SCALE_MAX, SCALE_MIN } from '../instrument/scale';
import { skillIds, skillIdSchema } from '../instrument/skills';

/**
 * A report read from a file is untrusted: every array, string and number is bounded, so a
 * hostile file cannot freeze the view or slip past the anonymity rules' own limits.
 */
export const MAX_REPORT_COUNT = 10_000;
export const MAX_REPORT_COMMENTS = 200;
export const MAX_REPORT_ITEMS = 60;

const SCALE_SPAN = SCALE_MAX - SCALE_MIN;

const countSchema = z.int().check(z.gte(0), z.lte(MAX_REPORT_COUNT));
const thresholdSchema = z
  .int()
  .check(z.gte(MIN_ANONYMITY_THRESHOLD), z.lte(MAX_ANONYMITY_THRESHOLD));
const meanSchema = z.number().check(z.gte(SCALE_MIN), z.lte(SCALE_MAX));
const indexSchema = z.number().check(z.gte(0), z.lte(100));
const gapSchema = z.number().check(z.gte(-SCALE_SPAN), z.lte(SCALE_SPAN));
const gapIndexSchema = z.number().check(z.gte(-100), z.lte(100));

const groupedCategorySchema = z.enum(groupedCategories);
const reportGroupIdSchema = z.enum([...groupedCategories, 'pool']);
const groupedCategoriesSchema = z
  .array(groupedCategorySchema)
  .check(z.maxLength(groupedCategories.length));

const categoryVisibilitySchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('no-responses') }),
  z.object({ status: z.literal('attributed') }),
  z.object({ status: z.literal('shown') }),
  z.object({ status: z.literal('pooled') }),
  z.object({
    status: z.literal('withheld'),
    reason: z.literal('pool-below-threshold'),
    pooled: countSchema,
    threshold: thresholdSchema,
  }),
]);

const categoryCountSchema = z.object({
  category: raterCategorySchema,
  responded: countSchema,
  visibility: categoryVisibilitySchema,
});

const poolSummarySchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('empty') }),
  z.object({
    status: z.literal('shown'),
    categories: groupedCategoriesSchema,
    responded: countSchema,
  }),
  z.object({
    status: z.literal('withheld'),
    reason: z.literal('pool-below-threshold'),
    categories: groupedCategoriesSchema,
    responded: countSchema,
    threshold: thresholdSchema,
  }),
]);

const figureShape = { mean: meanSchema, index: indexSchema, raters: countSchema };
const figureSchema = z.object(figureShape);

const groupSkillScoreSchema = z.discriminatedUnion('status', [
  z.object({ group: reportGroupIdSchema, status: z.literal('shown'), ...figureShape }),
  z.object({
    group: reportGroupIdSchema,
    status: z.literal('withheld'),
    reason: z.literal('too-few-for-skill'),
    raters: countSchema,
    threshold: thresholdSchema,
  }),
]);

const disclosedSpreadSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('band'), band: z.enum(spreadBands) }),
  z.object({ status: z.literal('withheld') }),
]);

/**
 * Version 1 stored an exact SD and range, which can give raters away (review-disclosure.ts).
 * A version-1 report kept in this browser or a backup is still read, with that spread dropped.
 */
const legacySpreadSchema = z.pipe(
  z.object({ sd: z.number(), range: z.number() }),
  z.transform((): DisclosedSpread => ({ status: 'withheld' })),
);

const raterSpreadSchema = z.union([disclosedSpreadSchema, legacySpreadSchema]);

const skillReportSchema = z.object({
  skill: skillIdSchema,
  self: z.nullable(z.object({ mean: meanSchema, index: indexSchema })),
  manager: z.nullable(figureSchema),
  groups: z.array(groupSkillScoreSchema).check(z.maxLength(reportGroupIdSchema.options.length)),
  others: z.nullable(figureSchema),
  allExceptSelf: z.nullable(figureSchema),
  gap: z.nullable(gapSchema),
  gapIndex: z.nullable(gapIndexSchema),
  isBlindSpot: z.boolean(),
  isHiddenStrength: z.boolean(),
  agreement: z.nullable(z.enum(agreementTypes)),
  spread: z.nullable(raterSpreadSchema),
  // Version 3 figures; a report shared before them reads as "not shown".
  alpha: z._default(z.nullable(z.number().check(z.lte(1))), null),
  agreementIndex: z._default(z.nullable(z.enum(agreementBands)), null),
});

const itemReportShape = {
  itemId: itemIdSchema,
  skill: skillIdSchema,
  others: z.nullable(meanSchema),
  othersCount: countSchema,
  self: z.nullable(ratingSchema),
  groups: z._default(
    z
      .array(z.object({ group: reportGroupIdSchema, mean: z.nullable(meanSchema) }))
      .check(z.maxLength(reportGroupIdSchema.options.length)),
    [],
  ),
  notObserved: z._default(countSchema, 0),
  isHardToObserve: z._default(z.boolean(), false),
  gap: z.nullable(gapSchema),
};
const itemReportSchema = z.object(itemReportShape);
const scoredItemSchema = z.object({ ...itemReportShape, others: meanSchema });
const comparedItemSchema = z.object({ ...itemReportShape, gap: gapSchema });

const highlightListOf = <T extends z.core.$ZodType>(item: T) =>
  z.array(item).check(z.maxLength(ITEM_HIGHLIGHT_COUNT));

const itemHighlightsSchema = z.object({
  highest: highlightListOf(scoredItemSchema),
  lowest: highlightListOf(scoredItemSchema),
  largestGaps: highlightListOf(comparedItemSchema),
});

const commentListSchema = z
  .array(z.string().check(z.maxLength(MAX_COMMENT)))
  .check(z.maxLength(MAX_REPORT_COMMENTS));
const commentSetShape = { strengths: commentListSchema, developments: commentListSchema };

const commentsReportSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('shown'), ...commentSetShape }),
  z.object({ status: z.literal('withheld'), reason: z.literal('no-group-shown') }),
]);

/**
 * Exactly a `ReviewReport`: group figures and comments, never a rater's answers. Objects strip
 * unknown keys, so anything else a file carries is dropped before it reaches a view or storage.
 */
export const reviewReportSchema = z.object({
  threshold: thresholdSchema,
  /** The item bank the raters answered; empty (today's wording) in reports shared before v3. */
  instrumentVersion: z._default(z.string().check(z.maxLength(MAX_INSTRUMENT_VERSION)), ''),
  counts: z.array(categoryCountSchema).check(z.length(raterCategories.length)),
  pool: poolSummarySchema,
  shownGroups: z.array(reportGroupIdSchema).check(z.maxLength(reportGroupIdSchema.options.length)),
  skills: z.array(skillReportSchema).check(z.length(skillIds.length)),
  items: z.array(itemReportSchema).check(z.maxLength(MAX_REPORT_ITEMS)),
  highlights: itemHighlightsSchema,
  comments: commentsReportSchema,
  managerComments: z.object(commentSetShape),
});
export type ReviewReportData = z.infer<typeof reviewReportSchema>;

/*
 * The two identities below only compile while the schema and the `ReviewReport` interfaces
 * describe the same data: if either side drifts, tsc fails here rather than at an import.
 */
export function toReviewReport(value: ReviewReportData): ReviewReport {
  return value;
}

export function fromReviewReport(report: ReviewReport): ReviewReportData {
  return report;
}
