import * as z from 'zod/mini';
import { ratingSchema } from './scale';
import { skillIdSchema } from './skills';

export const answersSchema = z.record(z.string(), ratingSchema);
export type Answers = z.infer<typeof answersSchema>;

/** A finished self-assessment. The instrument version says which wording the answers refer to. */
export const completedAssessmentSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  completedAt: z.iso.datetime(),
  instrumentVersion: z.string().check(z.minLength(1)),
  answers: answersSchema,
});
export type CompletedAssessment = z.infer<typeof completedAssessmentSchema>;

/** An assessment in progress: saved on every answer so a reload resumes at the same item. */
export const draftAssessmentSchema = z.object({
  startedAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  instrumentVersion: z.string().check(z.minLength(1)),
  answers: answersSchema,
  currentSkill: z.union([skillIdSchema, z.literal('review')]),
  currentItemId: z.nullable(z.string()),
});
export type DraftAssessment = z.infer<typeof draftAssessmentSchema>;

export function sortByNewest<T extends { completedAt: string }>(list: readonly T[]): T[] {
  return [...list].sort((a, b) => Date.parse(b.completedAt) - Date.parse(a.completedAt));
}
