import { zodResolver } from '@hookform/resolvers/zod';
import * as z from 'zod/mini';
import { localDay } from '../../domain/calendar/local-day';
import { MAX_GOAL_TEXT } from '../../domain/plan/plan';
import { skillIdSchema } from '../../domain/instrument/skills';

/** Error messages are translation keys. */
export const goalErrors = {
  whatRequired: 'plan.errors.whatRequired',
  whatTooLong: 'plan.errors.whatTooLong',
  measureRequired: 'plan.errors.measureRequired',
  measureTooLong: 'plan.errors.measureTooLong',
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
      .check(
        z.trim(),
        z.minLength(1, { error: goalErrors.whatRequired }),
        z.maxLength(MAX_GOAL_TEXT, { error: goalErrors.whatTooLong }),
      ),
    measure: z
      .string()
      .check(
        z.trim(),
        z.minLength(1, { error: goalErrors.measureRequired }),
        z.maxLength(MAX_GOAL_TEXT, { error: goalErrors.measureTooLong }),
      ),
    // A real calendar day, as the stored goal requires; a bare pattern would let 2026-02-31 in.
    targetDate: z.iso.date({ error: goalErrors.dateRequired }),
  })
  .check(
    z.refine((goal) => goal.targetDate > localDay(new Date()), {
      error: goalErrors.datePast,
      path: ['targetDate'],
    }),
  );

export type GoalFormValues = z.infer<typeof goalFormSchema>;
export const goalResolver = zodResolver(goalFormSchema);
