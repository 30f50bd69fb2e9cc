import { addDays, dayOf, formatIsoDate, parseIsoDate, type CalendarDate } from './calendar-date';
import { CRLF, escapeText, foldLine } from './ics-text';

/** One all-day reminder; the capability that owns the date builds the texts. */
export interface AllDayEvent {
  uid: string;
  /** YYYY-MM-DD. */
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
    // A follow-up date is a reminder, not a meeting: it should not mark the day busy.
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

/** RFC 5545 text holding one all-day event per entry. */
export function buildAllDayCalendar(
  prodId: string,
  events: readonly AllDayEvent[],
  now: Date,
): string {
  const stamp = formatUtcStamp(now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${prodId}`,
    'CALSCALE:GREGORIAN',
    ...events.flatMap((event) => describeEvent(event, stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
