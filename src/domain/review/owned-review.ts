import * as z from 'zod/mini';
import { MAX_INSTRUMENT_VERSION } from '../instrument/instrument';
import { languageSchema } from '../instrument/settings';
import {
  MAX_ANONYMITY_THRESHOLD,
  MAX_EMAIL,
  MAX_MESSAGE,
  MAX_RATER_NAME,
  MAX_SUBJECT_NAME,
  MIN_ANONYMITY_THRESHOLD,
  isoDateSchema,
  raterCategories,
  raterCategorySchema,
  raterResponseSchema,
  reviewIdSchema,
  shortIdSchema,
} from './review';

/**
 * Bounds for data read back from storage or a backup file, far above what a real review holds:
 * a hostile file must not make the merge or the report work through millions of entries.
 */
export const MAX_REVIEW_RESPONSES = 1000;
/** A wave after the first opens only when a response arrives after a freeze. */
export const MAX_WAVES = MAX_REVIEW_RESPONSES + 1;
export const MAX_NAMED_RATERS = 200;
/** Reviews one browser (and one backup file) may hold. */
export const MAX_BACKUP_REVIEWS = 1000;
/** A P-256 coordinate or scalar is 43 base64url characters; the margin costs nothing. */
const MAX_KEY_PART = 64;
const MAX_LOCAL_ID = 64;

const keyPartSchema = z.string().check(z.maxLength(MAX_KEY_PART));

/** The owner's private key as Web Crypto exports it; it never leaves this browser except in a backup. */
export const privateKeyJwkSchema = z.object({
  kty: z.literal('EC'),
  crv: z.literal('P-256'),
  x: keyPartSchema,
  y: keyPartSchema,
  d: keyPartSchema,
});
export type PrivateKeyJwk = z.infer<typeof privateKeyJwkSchema>;

export const namedRaterSchema = z.object({
  id: shortIdSchema,
  name: z.string().check(z.minLength(1), z.maxLength(MAX_RATER_NAME)),
  category: raterCategorySchema,
});
export type NamedRater = z.infer<typeof namedRaterSchema>;

export const receivedResponseSchema = z.object({
  response: raterResponseSchema,
  receivedAt: z.iso.datetime(),
  /** Responses after a report was frozen start the next wave and never change the frozen one. */
  wave: z.int().check(z.gte(1), z.lte(MAX_WAVES)),
});
export type ReceivedResponse = z.infer<typeof receivedResponseSchema>;

export const waveSchema = z.object({
  number: z.int().check(z.gte(1), z.lte(MAX_WAVES)),
  frozenAt: z.nullable(z.iso.datetime()),
});
export type Wave = z.infer<typeof waveSchema>;

/** A 360 review as its owner's browser keeps it. */
export const ownedReviewSchema = z.object({
  id: reviewIdSchema,
  createdAt: z.iso.datetime(),
  subjectName: z.string().check(z.minLength(1), z.maxLength(MAX_SUBJECT_NAME)),
  ownerRole: z.enum(['subject', 'manager']),
  ownerEmail: z.string().check(z.maxLength(MAX_EMAIL)),
  /** How the owner signs invitations, so raters see who asks; empty to leave it unsigned. */
  ownerName: z.optional(z.string().check(z.maxLength(MAX_RATER_NAME))),
  dueDate: isoDateSchema,
  message: z.string().check(z.maxLength(MAX_MESSAGE)),
  threshold: z.int().check(z.gte(MIN_ANONYMITY_THRESHOLD), z.lte(MAX_ANONYMITY_THRESHOLD)),
  categories: z.array(raterCategorySchema).check(z.maxLength(raterCategories.length)),
  language: languageSchema,
  instrumentVersion: z.string().check(z.maxLength(MAX_INSTRUMENT_VERSION)),
  /** Raw P-256 point, base64url: the same form invitations carry. */
  publicKey: z.string().check(z.regex(/^[A-Za-z0-9_-]{87}$/)),
  privateKeyJwk: privateKeyJwkSchema,
  namedRaters: z.array(namedRaterSchema).check(z.maxLength(MAX_NAMED_RATERS)),
  /** When the subject owns the review, the self view is one of their own self-assessments. */
  selfAssessmentId: z.nullable(z.string().check(z.maxLength(MAX_LOCAL_ID))),
  responses: z.array(receivedResponseSchema).check(z.maxLength(MAX_REVIEW_RESPONSES)),
  waves: z.array(waveSchema).check(z.minLength(1), z.maxLength(MAX_WAVES)),
});
export type OwnedReview = z.infer<typeof ownedReviewSchema>;
