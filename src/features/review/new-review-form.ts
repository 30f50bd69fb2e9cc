import { zodResolver } from '@hookform/resolvers/zod';
import * as z from 'zod/mini';
import {
  MAX_ANONYMITY_THRESHOLD,
  MAX_MESSAGE,
  MAX_RATER_NAME,
  MAX_SUBJECT_NAME,
  MIN_ANONYMITY_THRESHOLD,
  raterCategorySchema,
} from '../../domain/review';
import { localDay } from '../../domain/local-day';
import { invitableCategories } from './invitable-categories';

/** Error messages are translation keys, shown through t(). */
export const reviewErrors = {
  categoriesRequired: 'review.errors.categoriesRequired',
  dueDatePast: 'review.errors.dueDatePast',
  dueDateRequired: 'review.errors.dueDateRequired',
  emailInvalid: 'review.errors.emailInvalid',
  messageTooLong: 'review.errors.messageTooLong',
  raterNameRequired: 'review.errors.raterNameRequired',
  subjectRequired: 'review.errors.subjectRequired',
  subjectTooLong: 'review.errors.subjectTooLong',
  thresholdRange: 'review.errors.thresholdRange',
} as const;
export type ReviewErrorKey = (typeof reviewErrors)[keyof typeof reviewErrors];

export function isReviewErrorKey(value: string | undefined): value is ReviewErrorKey {
  return Object.values(reviewErrors).some((key) => key === value);
}

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
    dueDate: z
      .string()
      .check(z.regex(/^\d{4}-\d{2}-\d{2}$/, { error: reviewErrors.dueDateRequired })),
    message: z.string().check(z.maxLength(MAX_MESSAGE, { error: reviewErrors.messageTooLong })),
    ownerName: z
      .string()
      .check(z.trim(), z.maxLength(MAX_RATER_NAME, { error: reviewErrors.raterNameRequired })),
    ownerEmail: z.string().check(
      z.trim(),
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
    namedRaters: z.array(
      z.object({
        name: z
          .string()
          .check(
            z.trim(),
            z.minLength(1, { error: reviewErrors.raterNameRequired }),
            z.maxLength(MAX_RATER_NAME, { error: reviewErrors.raterNameRequired }),
          ),
        category: raterCategorySchema,
      }),
    ),
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
