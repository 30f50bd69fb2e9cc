import * as z from 'zod/mini';
import { MAX_WAVES } from './owned-review';
import { MAX_SUBJECT_NAME, reviewIdSchema } from './review';
import type { ReviewReport } from './review-report';
import { reviewReportSchema } from './review-report-schema';

export const SHARED_REPORT_FORMAT = 'ascent-shared-report';
/**
 * 2: spread is a band or withheld, never an exact SD and range (review-disclosure.ts).
 * 3: adds α, the agreement band, statement means by group, "not observed" counts and the item
 * bank version; a version-2 file reads with those "not shown".
 */
export const SHARED_REPORT_VERSION = 3;
/** Kept in browsers and backups before version 2; read with the exact spread dropped. */
export const LEGACY_SHARED_REPORT_VERSION = 1;

/** The file a manager hands to the person reviewed: group figures only, read-only on import. */
export const sharedReportSchema = z.object({
  format: z.literal(SHARED_REPORT_FORMAT),
  version: z.literal([LEGACY_SHARED_REPORT_VERSION, 2, SHARED_REPORT_VERSION]),
  reviewId: reviewIdSchema,
  subjectName: z.string().check(z.minLength(1), z.maxLength(MAX_SUBJECT_NAME)),
  wave: z.int().check(z.gte(1), z.lte(MAX_WAVES)),
  sharedAt: z.iso.datetime(),
  report: reviewReportSchema,
});
export type SharedReport = z.infer<typeof sharedReportSchema>;

export interface SharedReportArgs {
  reviewId: string;
  subjectName: string;
  wave: number;
  report: ReviewReport;
  now: Date;
}

/**
 * Goes through the schema rather than copying the report: a report object may carry more than
 * its type says at run time, and nothing but group figures may leave the manager's browser.
 * Throws when the report breaks the format's bounds, which `buildReviewReport` stays within.
 */
export function createSharedReport(args: SharedReportArgs): SharedReport {
  return sharedReportSchema.parse({
    format: SHARED_REPORT_FORMAT,
    version: SHARED_REPORT_VERSION,
    reviewId: args.reviewId,
    subjectName: args.subjectName,
    wave: args.wave,
    sharedAt: args.now.toISOString(),
    report: args.report,
  });
}
