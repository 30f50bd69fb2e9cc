import { zodResolver } from '@hookform/resolvers/zod';
import * as z from 'zod/mini';
import { MAX_NAMED_RATERS } from '../../../domain/review/owned-review';
import {
  MAX_ANONYMITY_THRESHOLD,
  MAX_EMAIL,
  MAX_MESSAGE,
  MAX_RATER_NAME,
  MAX_SUBJECT_NAME,
  MIN_ANONYMITY_THRESHOLD,
  raterCategorySchema,
} from '../../../domain/review/review';
import { localDay } from '../../../domain/calendar/local-day';
import { invitableCategories } from './invitable-categories';

/** Error messages are translation keys, shown through t(). */
export const reviewErrors = {
  categoriesRequired: 'review.errors.categoriesRequired',
  dueDatePast: 'review.errors.dueDatePast',
  dueDateRequired: 'review.errors.dueDateRequired',
  emailInvalid: 'review.errors.emailInvalid',
  emailTooLong: 'review.errors.emailTooLong',
  messageTooLong: 'review.errors.messageTooLong',
  ownerNameTooLong: 'review.errors.ownerNameTooLong',
  raterNameRequired: 'review.errors.raterNameRequired',
  subjectRequired: 'review.errors.subjectRequired',
  subjectTooLong: 'review.errors.subjectTooLong',
  thresholdRange: 'review.errors.thresholdRange',
  tooManyRaters: 'review.errors.tooManyRaters',
} as const;
export type ReviewErrorKey = (typeof reviewErrors)[keyof typeof reviewErrors];

/** The limits a message names, from the same constants the stored review is checked against. */
export const reviewErrorValues: Partial<Record<ReviewErrorKey, Record<string, number>>> = {
  [reviewErrors.emailTooLong]: { max: MAX_EMAIL },
  [reviewErrors.messageTooLong]: { max: MAX_MESSAGE },
  [reviewErrors.ownerNameTooLong]: { max: MAX_RATER_NAME },
  [reviewErrors.raterNameRequired]: { max: MAX_RATER_NAME },
  [reviewErrors.subjectTooLong]: { max: MAX_SUBJECT_NAME },
  [reviewErrors.thresholdRange]: { min: MIN_ANONYMITY_THRESHOLD, max: MAX_ANONYMITY_THRESHOLD },
  [reviewErrors.tooManyRaters]: { max: MAX_NAMED_RATERS },
};

export function isReviewErrorKey(value: string | undefined): value is ReviewErrorKey {
  return Object.values(reviewErrors).some((key) => key === value);
}

/** One rater invited by name, as both the single and the team form ask for it. */
export const namedRaterInputSchema = z.object({
  name: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, { error: reviewErrors.raterNameRequired }),
      z.maxLength(MAX_RATER_NAME, { error: reviewErrors.raterNameRequired }),
    ),
  category: raterCategorySchema,
});

export const newReviewSchema = z
  .object({
    subjectName: z
      .string()
      .check(
        z.trim(),
        z.minLength(1, { error: reviewErrors.subjectRequired }),
        z.maxLength(MAX_SUBJECT_NAME, { error: reviewErrors.subjectTooLong }),
      ),
    ownerRole: z.enum(['subject', 'manager']),
    // A real calendar day, as the stored review requires; a bare pattern would let 2026-02-31 in.
    dueDate: z.iso.date({ error: reviewErrors.dueDateRequired }),
    message: z.string().check(z.maxLength(MAX_MESSAGE, { error: reviewErrors.messageTooLong })),
    ownerName: z
      .string()
      .check(z.trim(), z.maxLength(MAX_RATER_NAME, { error: reviewErrors.ownerNameTooLong })),
    ownerEmail: z.string().check(
      z.trim(),
      z.maxLength(MAX_EMAIL, { error: reviewErrors.emailTooLong }),
      z.refine((value) => value === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value), {
        error: reviewErrors.emailInvalid,
      }),
    ),
    threshold: z.coerce
      .number()
      .check(
        z.int({ error: reviewErrors.thresholdRange }),
        z.gte(MIN_ANONYMITY_THRESHOLD, { error: reviewErrors.thresholdRange }),
        z.lte(MAX_ANONYMITY_THRESHOLD, { error: reviewErrors.thresholdRange }),
      ),
    categories: z
      .array(raterCategorySchema)
      .check(z.minLength(1, { error: reviewErrors.categoriesRequired })),
    namedRaters: z
      .array(namedRaterInputSchema)
      .check(z.maxLength(MAX_NAMED_RATERS, { error: reviewErrors.tooManyRaters })),
  })
  .check(
    z.refine(
      (form) => form.categories.every((c) => invitableCategories(form.ownerRole).includes(c)),
      {
        error: reviewErrors.categoriesRequired,
        path: ['categories'],
      },
    ),
    z.refine(
      (form) =>
        form.namedRaters.every((r) => invitableCategories(form.ownerRole).includes(r.category)),
      { error: reviewErrors.categoriesRequired, path: ['namedRaters'] },
    ),
    z.refine((form) => form.dueDate >= localDay(new Date()), {
      error: reviewErrors.dueDatePast,
      path: ['dueDate'],
    }),
  );

export type NewReviewInput = z.input<typeof newReviewSchema>;
export type NewReviewValues = z.output<typeof newReviewSchema>;
export const newReviewResolver = zodResolver(newReviewSchema);

/** The local day `days` days from now. */
export function inDays(days: number, now = new Date()): string {
  return localDay(new Date(now.getTime() + days * 86_400_000));
}
