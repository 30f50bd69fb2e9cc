import * as z from 'zod/mini';
import {
  MAX_COMMENT,
  MAX_RATER_NAME,
  invitationSchema,
  raterAnswersSchema,
  type Invitation,
} from './review';

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
  sentCode: z.nullable(z.string()),
});
export type RaterDraft = z.infer<typeof raterDraftSchema>;

/** One draft per invitation: the same person may rate several reviews from one browser. */
export function raterDraftKey(invitation: Invitation): string {
  return [invitation.reviewId, invitation.category, invitation.raterId ?? ''].join(':');
}
