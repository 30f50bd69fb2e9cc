/**
 * The person's own calendar day (YYYY-MM-DD) for a moment. Plan dates are days the person picks
 * in their zone, so "today" must be their day too, not the UTC one (they differ near midnight).
 */
export function localDay(moment: Date): string {
  const shifted = new Date(moment.getTime() - moment.getTimezoneOffset() * 60_000);
  return shifted.toISOString().slice(0, 10);
}

/** The local day `months` calendar months after `moment`. */
export function localDayInMonths(moment: Date, months: number): string {
  const later = new Date(moment.getTime());
  later.setMonth(later.getMonth() + months);
  return localDay(later);
}
