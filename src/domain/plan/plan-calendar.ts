import { buildAllDayCalendar, type AllDayEvent } from '../calendar/all-day-events';
import { addMonths, dayOf, formatIsoDate } from '../calendar/calendar-date';
import type { Goal } from './plan';

export const CALENDAR_PRODID = '-//Ascent//Development plan//EN';
export const UID_DOMAIN = 'ascent.local';
export const REASSESSMENT_UID = `reassessment@${UID_DOMAIN}`;

/** Six months gives development actions time to show in behavior before measuring again. */
export const REASSESS_AFTER_MONTHS = 6;

export interface CalendarTexts {
  goalSummary: (goal: Goal) => string;
  goalDescription: (goal: Goal) => string;
  reassessSummary: string;
  reassessDescription: string;
}

export interface CalendarInput {
  goals: readonly Goal[];
  /** YYYY-MM-DD, or null for no reassessment event. */
  reassessmentDate: string | null;
  now: Date;
  texts: CalendarTexts;
}

/** RFC 5545 text: one all-day event per active goal's target date, and one to reassess. */
export function buildCalendar(input: CalendarInput): string {
  const { texts } = input;
  const goalEvents: AllDayEvent[] = input.goals
    .filter((goal) => goal.archivedAt === null)
    .map((goal) => ({
      uid: `${goal.id}@${UID_DOMAIN}`,
      date: goal.targetDate,
      summary: texts.goalSummary(goal),
      description: texts.goalDescription(goal),
    }));
  const reassessEvents: AllDayEvent[] =
    input.reassessmentDate === null
      ? []
      : [
          {
            uid: REASSESSMENT_UID,
            date: input.reassessmentDate,
            summary: texts.reassessSummary,
            description: texts.reassessDescription,
          },
        ];
  return buildAllDayCalendar(CALENDAR_PRODID, [...goalEvents, ...reassessEvents], input.now);
}

export interface ReassessmentSuggestion {
  /** YYYY-MM-DD. */
  date: string;
  isDue: boolean;
}

/** Days are taken in UTC, like every plan date; null when there is nothing to count from. */
export function suggestReassessment(
  lastAssessmentIso: string | null,
  now: Date,
): ReassessmentSuggestion | null {
  if (lastAssessmentIso === null) return null;
  const last = new Date(Date.parse(lastAssessmentIso));
  if (Number.isNaN(last.getTime())) return null;
  const date = formatIsoDate(addMonths(dayOf(last), REASSESS_AFTER_MONTHS));
  return { date, isDue: date <= formatIsoDate(dayOf(now)) };
}
