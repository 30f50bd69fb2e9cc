/**
 * Plan dates are calendar days (YYYY-MM-DD) with no time zone. All arithmetic runs in UTC so a
 * day never shifts with the device's zone or a daylight-saving change.
 */
export interface CalendarDate {
  year: number;
  /** 1–12. */
  month: number;
  day: number;
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');

/** `setUTCFullYear`, unlike `Date.UTC`, keeps years 0–99 as written instead of adding 1900. */
function toUtcDate(year: number, monthIndex: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date;
}

function fromUtcDate(date: Date): CalendarDate {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** Null for text that is not a real day: the schema's pattern alone lets 2025-02-30 through. */
export function parseIsoDate(text: string): CalendarDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match === null) return null;
  const parsed = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  const check = fromUtcDate(toUtcDate(parsed.year, parsed.month - 1, parsed.day));
  const isReal =
    check.year === parsed.year && check.month === parsed.month && check.day === parsed.day;
  return isReal ? parsed : null;
}

export function formatIsoDate(date: CalendarDate): string {
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromUtcDate(toUtcDate(date.year, date.month - 1, date.day + days));
}

/** Month ends clamp: six months after 31 August is the last day of February, not 3 March. */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const firstOfTarget = fromUtcDate(toUtcDate(date.year, date.month - 1 + months, 1));
  const lastDay = fromUtcDate(toUtcDate(firstOfTarget.year, firstOfTarget.month, 0)).day;
  return { ...firstOfTarget, day: Math.min(date.day, lastDay) };
}

/** Today as the UTC calendar day of `now`. */
export function dayOf(now: Date): CalendarDate {
  return fromUtcDate(now);
}
