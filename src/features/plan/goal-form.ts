import { zodResolver } from '@hookform/resolvers/zod';
import * as z from 'zod/mini';
import { localDay } from '../../domain/local-day';
import { skillIdSchema } from '../../domain/skills';

/** Error messages are translation keys. */
export const goalErrors = {
  whatRequired: 'plan.errors.whatRequired',
  measureRequired: 'plan.errors.measureRequired',
  dateRequired: 'plan.errors.dateRequired',
  datePast: 'plan.errors.datePast',
} as const;
export type GoalErrorKey = (typeof goalErrors)[keyof typeof goalErrors];

export function isGoalErrorKey(value: string | undefined): value is GoalErrorKey {
  return Object.values(goalErrors).some((key) => key === value);
}

export const goalFormSchema = z
  .object({
    skill: skillIdSchema,
    what: z
      .string()
      .check(z.trim(), z.minLength(1, { error: goalErrors.whatRequired }), z.maxLength(300)),
    measure: z
      .string()
      .check(z.trim(), z.minLength(1, { error: goalErrors.measureRequired }), z.maxLength(300)),
    targetDate: z
      .string()
      .check(z.regex(/^\d{4}-\d{2}-\d{2}$/, { error: goalErrors.dateRequired })),
  })
  .check(
    z.refine((goal) => goal.targetDate > localDay(new Date()), {
      error: goalErrors.datePast,
      path: ['targetDate'],
    }),
  );

export type GoalFormValues = z.infer<typeof goalFormSchema>;
export const goalResolver = zodResolver(goalFormSchema);
