import { zodResolver } from '@hookform/resolvers/zod';
import { useFormContext, type DefaultValues } from 'react-hook-form';
import * as z from 'zod/mini';
import { itemBank } from '../../content/item-bank';
import type { Answers } from '../../domain/assessment/assessment';
import { ratingSchema } from '../../domain/instrument/scale';

/** Radio inputs carry strings; the stored answers are numbers. */
const ratingTexts = ['1', '2', '3', '4', '5'] as const;
const ratingText = z.enum(ratingTexts, { error: 'assessment.answerRequired' });

export const assessmentFormSchema = z.object({
  answers: z.object(Object.fromEntries(itemBank.items.map((item) => [item.id, ratingText]))),
});

export type AssessmentFormValues = z.input<typeof assessmentFormSchema>;

export const assessmentResolver = zodResolver(assessmentFormSchema);

export function toFormValues(answers: Answers): DefaultValues<AssessmentFormValues> {
  return {
    answers: Object.fromEntries(
      itemBank.items.map((item) => {
        const answer = answers[item.id];
        return [item.id, answer === undefined ? undefined : ratingTexts[answer - 1]];
      }),
    ),
  };
}

export function parseRatingText(value: unknown) {
  const result = ratingSchema.safeParse(Number(value));
  return result.success ? result.data : null;
}

export function useAssessmentForm() {
  return useFormContext<AssessmentFormValues>();
}
