import * as z from 'zod/mini';

/** Five-point frequency scale; each point has a behavioral label in the locales (scale.1 … scale.5). */
export const ratingValues = [1, 2, 3, 4, 5] as const;
export const ratingSchema = z.union([
  z.literal(1),
  z.literal(2),
  z.literal(3),
  z.literal(4),
  z.literal(5),
]);
export type Rating = z.infer<typeof ratingSchema>;

/** Raters may say they have not seen the behavior; such answers never enter an average. */
export const NOT_OBSERVED = 0;
export const raterAnswerSchema = z.union([ratingSchema, z.literal(NOT_OBSERVED)]);
export type RaterAnswer = z.infer<typeof raterAnswerSchema>;

export const SCALE_MIN = 1;
export const SCALE_MAX = 5;

export function isRating(value: unknown): value is Rating {
  return ratingSchema.safeParse(value).success;
}
