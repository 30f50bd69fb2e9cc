import * as z from 'zod/mini';
import { itemIdSchema, MAX_INSTRUMENT_VERSION } from '../instrument/instrument';
import { raterAnswerSchema } from '../instrument/scale';
import { languageSchema } from '../instrument/settings';

/** Who a rater is to the subject. "self" is a rater only when the manager owns the review. */
export const raterCategories = ['self', 'manager', 'peer', 'direct-report', 'other'] as const;
export const raterCategorySchema = z.enum(raterCategories);
export type RaterCategory = z.infer<typeof raterCategorySchema>;

/** Groups below this size are never shown on their own; owners may raise it, never lower it. */
export const MIN_ANONYMITY_THRESHOLD = 3;
export const MAX_ANONYMITY_THRESHOLD = 10;
export const MAX_SUBJECT_NAME = 80;
export const MAX_MESSAGE = 280;
export const MAX_COMMENT = 1000;
export const MAX_RATER_NAME = 80;
export const MAX_EMAIL = 254;

/** Random ids: 16 bytes for reviews, 8 for raters and responses, all base64url without padding. */
export const reviewIdSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{22}$/));
export const shortIdSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{11}$/));

/** A real calendar day, YYYY-MM-DD: "2025-13-45" would pass a pattern and crash date formatting. */
export const isoDateSchema = z.iso.date();

/** What an invitation link carries: everything a rater's browser needs, and nothing secret. */
export const invitationSchema = z.object({
  reviewId: reviewIdSchema,
  category: raterCategorySchema,
  /** Present only on per-person links, so the owner can see who has answered. */
  raterId: z.optional(shortIdSchema),
  subjectName: z.string().check(z.minLength(1), z.maxLength(MAX_SUBJECT_NAME)),
  message: z.string().check(z.maxLength(MAX_MESSAGE)),
  dueDate: isoDateSchema,
  language: languageSchema,
  instrumentVersion: z.string().check(z.minLength(1), z.maxLength(MAX_INSTRUMENT_VERSION)),
  /** Who asks, as the owner chose to sign the invitation; optional. */
  ownerName: z.optional(z.string().check(z.minLength(1), z.maxLength(MAX_RATER_NAME))),
  /** Where a rater may mail the sealed answer; optional. */
  ownerEmail: z.optional(z.string().check(z.maxLength(MAX_EMAIL))),
  /** The owner's ECDH P-256 public key, raw uncompressed point (65 bytes), base64url. */
  ownerPublicKey: z.string().check(z.regex(/^[A-Za-z0-9_-]{87}$/)),
});
export type Invitation = z.infer<typeof invitationSchema>;

export const raterAnswersSchema = z.partialRecord(itemIdSchema, raterAnswerSchema);
export type RaterAnswers = z.infer<typeof raterAnswersSchema>;

/** What a rater sends back, once opened by the owner's private key. */
export const raterResponseSchema = z.object({
  /** Random per response: the same response imported twice counts once. */
  responseId: shortIdSchema,
  reviewId: reviewIdSchema,
  category: raterCategorySchema,
  raterId: z.optional(shortIdSchema),
  /** Every item of the instrument: 1–5, or 0 for "Not observed". */
  answers: raterAnswersSchema,
  strength: z.string().check(z.maxLength(MAX_COMMENT)),
  develop: z.string().check(z.maxLength(MAX_COMMENT)),
  /** Optional and off by default; empty when the rater stays anonymous. */
  raterName: z.string().check(z.maxLength(MAX_RATER_NAME)),
  language: languageSchema,
  instrumentVersion: z.string().check(z.minLength(1), z.maxLength(MAX_INSTRUMENT_VERSION)),
});
export type RaterResponse = z.infer<typeof raterResponseSchema>;
