/**
 * Numbers and dates go through Intl so each language gets its own conventions. Building an Intl
 * formatter costs far more than using one, and a long history formats hundreds of values per
 * page, so each formatter is made once per language and options.
 */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function dateFormatter(language: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `date|${language}|${JSON.stringify(options)}`;
  const cached = formatters.get(key);
  if (cached instanceof Intl.DateTimeFormat) return cached;
  const created = new Intl.DateTimeFormat(language, options);
  formatters.set(key, created);
  return created;
}

function numberFormatter(language: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `number|${language}|${JSON.stringify(options)}`;
  const cached = formatters.get(key);
  if (cached instanceof Intl.NumberFormat) return cached;
  const created = new Intl.NumberFormat(language, options);
  formatters.set(key, created);
  return created;
}

export function formatDate(iso: string, language: string): string {
  return dateFormatter(language, { dateStyle: 'long' }).format(new Date(iso));
}

/**
 * A calendar day (YYYY-MM-DD: due dates, target dates) read in UTC, so it shows the same day
 * in every time zone rather than shifting by the device's offset.
 */
export function formatDay(isoDay: string, language: string): string {
  return dateFormatter(language, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${isoDay}T00:00:00Z`),
  );
}

export function formatDateTime(iso: string, language: string): string {
  return dateFormatter(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

export function formatNumber(value: number, language: string, fractionDigits = 0): string {
  return numberFormatter(language, {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(value);
}

export function formatSigned(value: number, language: string, fractionDigits = 0): string {
  return numberFormatter(language, {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
    signDisplay: 'exceptZero',
  }).format(value);
}
