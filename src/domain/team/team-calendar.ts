import { buildAllDayCalendar, type AllDayEvent } from '../calendar/all-day-events';
import type { TeamRow } from './team-row';

export const TEAM_CALENDAR_PRODID = '-//Ascent//Team reviews//EN';

export interface FollowUpTexts {
  summary: (subjectName: string) => string;
  description: (subjectName: string) => string;
}

/** The manager's own follow-up dates: one all-day event on each open review's due date. */
export function buildFollowUpCalendar(
  rows: readonly TeamRow[],
  texts: FollowUpTexts,
  now: Date,
): string {
  const events = rows
    .filter((row) => !row.isShared)
    .map((row): AllDayEvent => ({
      uid: `team-${row.reviewId}-${String(row.wave)}@ascent.local`,
      date: row.dueDate,
      summary: texts.summary(row.subjectName),
      description: texts.description(row.subjectName),
    }));
  return buildAllDayCalendar(TEAM_CALENDAR_PRODID, events, now);
}
