import * as z from 'zod/mini';
import { maxEntries } from '../files/record-limit';
import { MAX_INSTRUMENT_VERSION } from '../instrument/instrument';
import { ratingSchema } from '../instrument/scale';
import { skillIdSchema } from '../instrument/skills';

/**
 * Keys stay plain item ids (`ep-1`) of any bank version, so `constructor` or `__proto__` from a
 * file never becomes a key; the count is bounded for data read back from files.
 */
const answerKeySchema = z.string().check(z.regex(/^[a-z]{1,8}-[0-9]{1,3}$/));
export const MAX_ANSWERS = 200;
export const answersSchema = z.record(answerKeySchema, ratingSchema).check(maxEntries(MAX_ANSWERS));
export type Answers = z.infer<typeof answersSchema>;

const instrumentVersionSchema = z
  .string()
  .check(z.minLength(1), z.maxLength(MAX_INSTRUMENT_VERSION));

/** A finished self-assessment. The instrument version says which wording the answers refer to. */
export const completedAssessmentSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  completedAt: z.iso.datetime(),
  instrumentVersion: instrumentVersionSchema,
  answers: answersSchema,
});
export type CompletedAssessment = z.infer<typeof completedAssessmentSchema>;

/** An assessment in progress: saved on every answer so a reload resumes at the same item. */
export const draftAssessmentSchema = z.object({
  startedAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  instrumentVersion: instrumentVersionSchema,
  answers: answersSchema,
  currentSkill: z.union([skillIdSchema, z.literal('review')]),
  currentItemId: z.nullable(answerKeySchema),
});
export type DraftAssessment = z.infer<typeof draftAssessmentSchema>;

export function sortByNewest<T extends { completedAt: string }>(list: readonly T[]): T[] {
  return [...list].sort((a, b) => Date.parse(b.completedAt) - Date.parse(a.completedAt));
}
