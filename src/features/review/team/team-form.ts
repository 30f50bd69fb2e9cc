import { zodResolver } from '@hookform/resolvers/zod';
import * as z from 'zod/mini';
import { localDay } from '../../../domain/calendar/local-day';
import {
  MAX_MESSAGE,
  MAX_RATER_NAME,
  MAX_SUBJECT_NAME,
  raterCategorySchema,
} from '../../../domain/review/review';
import { MAX_TEAM_MEMBERS, MAX_TEAM_NAME, parseNameList } from '../../../domain/team/team';

/** Error messages are translation keys. */
export const teamErrors = {
  teamNameRequired: 'team.errors.teamNameRequired',
  peopleRequired: 'team.errors.peopleRequired',
  tooManyPeople: 'team.errors.tooManyPeople',
  categoriesRequired: 'review.errors.categoriesRequired',
  dueDatePast: 'review.errors.dueDatePast',
  dueDateRequired: 'review.errors.dueDateRequired',
  messageTooLong: 'review.errors.messageTooLong',
} as const;
export type TeamErrorKey = (typeof teamErrors)[keyof typeof teamErrors];

export function isTeamErrorKey(value: string | undefined): value is TeamErrorKey {
  return Object.values(teamErrors).some((key) => key === value);
}

/** The groups a manager may invite for each person: the person themself included. */
export const teamCategories = ['self', 'manager', 'peer', 'direct-report', 'other'] as const;

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
      .check(z.minLength(1, { error: teamErrors.categoriesRequired })),
    dueDate: z.iso.date({ error: teamErrors.dueDateRequired }),
    message: z.string().check(z.maxLength(MAX_MESSAGE, { error: teamErrors.messageTooLong })),
    ownerName: z.string().check(z.trim(), z.maxLength(MAX_RATER_NAME)),
  })
  .check(
    z.refine((form) => form.dueDate >= localDay(new Date()), {
      error: teamErrors.dueDatePast,
      path: ['dueDate'],
    }),
  );

export type NewTeamInput = z.input<typeof newTeamSchema>;
export type NewTeamValues = z.output<typeof newTeamSchema>;
export const newTeamResolver = zodResolver(newTeamSchema);
