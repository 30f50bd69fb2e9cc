import * as z from 'zod/mini';
import {
  MAX_COMMENT,
  MAX_RATER_NAME,
  invitationSchema,
  raterAnswersSchema,
  raterCategories,
  type Invitation,
} from './review';

/** Above the longest response code the links accept (12,000 characters; a test keeps it so). */
export const MAX_SENT_CODE = 16_000;

/** A rater's answers in progress, kept until the sealed response is sent. */
export const raterDraftSchema = z.object({
  invitation: invitationSchema,
  answers: raterAnswersSchema,
  strength: z.string().check(z.maxLength(MAX_COMMENT)),
  develop: z.string().check(z.maxLength(MAX_COMMENT)),
  raterName: z.string().check(z.maxLength(MAX_RATER_NAME)),
  includeName: z.boolean(),
  updatedAt: z.iso.datetime(),
  /** The sealed response code once sent, so the rater can send it again. */
  sentCode: z.nullable(z.string().check(z.maxLength(MAX_SENT_CODE))),
});
export type RaterDraft = z.infer<typeof raterDraftSchema>;

/** One draft per invitation: the same person may rate several reviews from one browser. */
export function raterDraftKey(invitation: Invitation): string {
  return [invitation.reviewId, invitation.category, invitation.raterId ?? ''].join(':');
}

/**
 * Exactly what `raterDraftKey` writes, so a key read from a file can never be `constructor`,
 * `__proto__` or any other name an object already has.
 */
export const raterDraftKeySchema = z
  .string()
  .check(
    z.regex(
      new RegExp(`^[A-Za-z0-9_-]{22}:(?:${raterCategories.join('|')}):(?:[A-Za-z0-9_-]{11})?$`),
    ),
  );
