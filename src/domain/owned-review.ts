import * as z from 'zod/mini';
import { languageSchema } from './settings';
import {
  MAX_ANONYMITY_THRESHOLD,
  MAX_MESSAGE,
  MAX_RATER_NAME,
  MAX_SUBJECT_NAME,
  MIN_ANONYMITY_THRESHOLD,
  isoDateSchema,
  raterCategorySchema,
  raterResponseSchema,
  reviewIdSchema,
  shortIdSchema,
} from './review';

/** The owner's private key as Web Crypto exports it; it never leaves this browser except in a backup. */
export const privateKeyJwkSchema = z.object({
  kty: z.literal('EC'),
  crv: z.literal('P-256'),
  x: z.string(),
  y: z.string(),
  d: z.string(),
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
  wave: z.int().check(z.gte(1)),
});
export type ReceivedResponse = z.infer<typeof receivedResponseSchema>;

export const waveSchema = z.object({
  number: z.int().check(z.gte(1)),
  frozenAt: z.nullable(z.iso.datetime()),
});
export type Wave = z.infer<typeof waveSchema>;

/** A 360 review as its owner's browser keeps it. */
export const ownedReviewSchema = z.object({
  id: reviewIdSchema,
  createdAt: z.iso.datetime(),
  subjectName: z.string().check(z.minLength(1), z.maxLength(MAX_SUBJECT_NAME)),
  ownerRole: z.enum(['subject', 'manager']),
  ownerEmail: z.string().check(z.maxLength(254)),
  /** How the owner signs invitations, so raters see who asks; empty to leave it unsigned. */
  ownerName: z.optional(z.string().check(z.maxLength(MAX_RATER_NAME))),
  dueDate: isoDateSchema,
  message: z.string().check(z.maxLength(MAX_MESSAGE)),
  threshold: z.int().check(z.gte(MIN_ANONYMITY_THRESHOLD), z.lte(MAX_ANONYMITY_THRESHOLD)),
  categories: z.array(raterCategorySchema),
  language: languageSchema,
  instrumentVersion: z.string(),
  /** Raw P-256 point, base64url: the same form invitations carry. */
  publicKey: z.string().check(z.regex(/^[A-Za-z0-9_-]{87}$/)),
  privateKeyJwk: privateKeyJwkSchema,
  namedRaters: z.array(namedRaterSchema),
  /** When the subject owns the review, the self view is one of their own self-assessments. */
  selfAssessmentId: z.nullable(z.string()),
  responses: z.array(receivedResponseSchema),
  waves: z.array(waveSchema).check(z.minLength(1)),
});
export type OwnedReview = z.infer<typeof ownedReviewSchema>;
