import * as z from 'zod/mini';

/** Five-point frequency scale; each point has a behavioral label in the locales (scale.1 … scale.5). */
export const ratingValues = [1, 2, 3, 4, 5] as const;
// One multi-value literal rather than a union of five: a union builds an issue for every branch
// that fails, and a long history holds thousands of answers to check at every start.
export const ratingSchema = z.literal(ratingValues);
export type Rating = z.infer<typeof ratingSchema>;

/** Raters may say they have not seen the behavior; such answers never enter an average. */
export const NOT_OBSERVED = 0;
export const raterAnswerSchema = z.literal([NOT_OBSERVED, ...ratingValues]);
export type RaterAnswer = z.infer<typeof raterAnswerSchema>;

export const SCALE_MIN = 1;
export const SCALE_MAX = 5;

export function isRating(value: unknown): value is Rating {
  return (ratingValues as readonly unknown[]).includes(value);
}
