import { zodResolver } from '@hookform/resolvers/zod';
import * as z from 'zod/mini';
import { localDay } from '../../../domain/calendar/local-day';
import { MAX_NAMED_RATERS } from '../../../domain/review/owned-review';
import {
  MAX_MESSAGE,
  MAX_RATER_NAME,
  MAX_SUBJECT_NAME,
  raterCategorySchema,
} from '../../../domain/review/review';
import { MAX_TEAM_MEMBERS, MAX_TEAM_NAME, parseNameList } from '../../../domain/team/team';
import {
  isReviewErrorKey,
  namedRaterInputSchema,
  reviewErrors,
  reviewErrorValues,
  type ReviewErrorKey,
} from '../new-review/new-review-form';

/** Error messages are translation keys. */
export const teamErrors = {
  teamNameRequired: 'team.errors.teamNameRequired',
  peopleRequired: 'team.errors.peopleRequired',
  tooManyPeople: 'team.errors.tooManyPeople',
} as const;
type TeamErrorKey = (typeof teamErrors)[keyof typeof teamErrors];

function isTeamErrorKey(value: string | undefined): value is TeamErrorKey {
  return Object.values(teamErrors).some((key) => key === value);
}

/** Either form's error key, with the limits its message names. */
export function describeTeamError(
  message: string | undefined,
): { key: TeamErrorKey | ReviewErrorKey; values?: Record<string, number> | undefined } | null {
  if (isTeamErrorKey(message)) return { key: message };
  if (isReviewErrorKey(message)) return { key: message, values: reviewErrorValues[message] };
  return null;
}

/** The groups a manager may invite for each person: the person themself included. */
export const teamCategories = ['self', 'manager', 'peer', 'direct-report', 'other'] as const;

/** A named rater belongs to one person of the list, by the name as typed there. */
const teamRaterSchema = z.object({ person: z.string(), ...namedRaterInputSchema.shape });

export const newTeamSchema = z
  .object({
    teamName: z
      .string()
      .check(
        z.trim(),
        z.minLength(1, { error: teamErrors.teamNameRequired }),
        z.maxLength(MAX_TEAM_NAME, { error: teamErrors.teamNameRequired }),
      ),
    people: z.string().check(
      z.refine((text) => parseNameList(text, MAX_SUBJECT_NAME).length > 0, {
        error: teamErrors.peopleRequired,
      }),
      z.refine((text) => parseNameList(text, MAX_SUBJECT_NAME).length <= MAX_TEAM_MEMBERS, {
        error: teamErrors.tooManyPeople,
      }),
    ),
    categories: z
      .array(raterCategorySchema)
      .check(z.minLength(1, { error: reviewErrors.categoriesRequired })),
    dueDate: z.iso.date({ error: reviewErrors.dueDateRequired }),
    message: z.string().check(z.maxLength(MAX_MESSAGE, { error: reviewErrors.messageTooLong })),
    ownerName: z
      .string()
      .check(z.trim(), z.maxLength(MAX_RATER_NAME, { error: reviewErrors.ownerNameTooLong })),
    namedRaters: z.array(teamRaterSchema),
  })
  .check(
    z.refine((form) => form.dueDate >= localDay(new Date()), {
      error: reviewErrors.dueDatePast,
      path: ['dueDate'],
    }),
    z.refine(
      (form) =>
        parseNameList(form.people, MAX_SUBJECT_NAME).every(
          (person) =>
            form.namedRaters.filter((r) => r.person === person).length <= MAX_NAMED_RATERS,
        ),
      { error: reviewErrors.tooManyRaters, path: ['namedRaters'] },
    ),
  );

export type NewTeamInput = z.input<typeof newTeamSchema>;
export type NewTeamValues = z.output<typeof newTeamSchema>;
export const newTeamResolver = zodResolver(newTeamSchema);
