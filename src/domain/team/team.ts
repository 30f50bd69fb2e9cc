import * as z from 'zod/mini';
import { reviewIdSchema } from '../review/review';

/** A manager's team is a name and the reviews that belong to it; each review stays a review. */
export const MAX_TEAMS = 20;
/** Far above a real team (the scale the app is measured at is 12); it bounds a hostile backup. */
export const MAX_TEAM_MEMBERS = 50;
export const MAX_TEAM_NAME = 80;

export const teamIdSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{11}$/));

export const teamSchema = z.object({
  id: teamIdSchema,
  name: z.string().check(z.minLength(1), z.maxLength(MAX_TEAM_NAME)),
  createdAt: z.iso.datetime(),
  reviewIds: z.array(reviewIdSchema).check(z.maxLength(MAX_TEAM_MEMBERS)),
});
export type Team = z.infer<typeof teamSchema>;

export const teamsSchema = z.array(teamSchema).check(z.maxLength(MAX_TEAMS));

/** Adds reviews to a team once each, up to the member limit; null when they would not fit. */
export function addTeamMembers(team: Team, reviewIds: readonly string[]): Team | null {
  const fresh = reviewIds.filter(
    (id, index) => !team.reviewIds.includes(id) && reviewIds.indexOf(id) === index,
  );
  const merged = [...team.reviewIds, ...fresh];
  return merged.length > MAX_TEAM_MEMBERS ? null : { ...team, reviewIds: merged };
}

/** One name per line, trimmed, blanks and repeats dropped: what a pasted list of people means. */
export function parseNameList(text: string, maxLength: number): string[] {
  const names: string[] = [];
  for (const line of text.split(/\r\n|\r|\n/)) {
    const name = line.trim().slice(0, maxLength);
    if (name !== '' && !names.includes(name)) names.push(name);
  }
  return names;
}
