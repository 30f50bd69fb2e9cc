import {
  addDays,
  addMonths,
  dayOf,
  formatIsoDate,
  parseIsoDate,
  type CalendarDate,
} from '../calendar/calendar-date';
import { CRLF, escapeText, foldLine } from '../calendar/ics-text';
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

interface AllDayEvent {
  uid: string;
  date: string;
  summary: string;
  description: string;
}

const pad = (value: number) => String(value).padStart(2, '0');

function formatCompactDate(date: CalendarDate): string {
  return formatIsoDate(date).replace(/-/g, '');
}

function formatUtcStamp(now: Date): string {
  const time = [now.getUTCHours(), now.getUTCMinutes(), now.getUTCSeconds()].map(pad).join('');
  return `${formatCompactDate(dayOf(now))}T${time}Z`;
}

/** An invalid day or one whose end would need a five-digit year is left out, not mangled. */
function describeEvent(event: AllDayEvent, stamp: string): string[] {
  const start = parseIsoDate(event.date);
  if (start === null) return [];
  const end = addDays(start, 1);
  if (end.year > 9999) return [];
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${formatCompactDate(start)}`,
    // DTEND is exclusive: an all-day event ends at the start of the next day.
    `DTEND;VALUE=DATE:${formatCompactDate(end)}`,
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    // A target date is a reminder, not a meeting: it should not mark the day busy.
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

/** RFC 5545 text: one all-day event per active goal's target date, and one to reassess. */
export function buildCalendar(input: CalendarInput): string {
  const { texts } = input;
  const stamp = formatUtcStamp(input.now);
  const goalEvents = input.goals
    .filter((goal) => goal.archivedAt === null)
    .flatMap((goal) =>
      describeEvent(
        {
          uid: `${goal.id}@${UID_DOMAIN}`,
          date: goal.targetDate,
          summary: texts.goalSummary(goal),
          description: texts.goalDescription(goal),
        },
        stamp,
      ),
    );
  const reassessEvent =
    input.reassessmentDate === null
      ? []
      : describeEvent(
          {
            uid: REASSESSMENT_UID,
            date: input.reassessmentDate,
            summary: texts.reassessSummary,
            description: texts.reassessDescription,
          },
          stamp,
        );
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${CALENDAR_PRODID}`,
    'CALSCALE:GREGORIAN',
    ...goalEvents,
    ...reassessEvent,
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
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
