/**
 * A spreadsheet reads a pasted cell that starts with one of these as a formula (OWASP, CSV
 * injection); the full-width forms count too, as some spreadsheets accept them.
 */
const FORMULA_START = /^[\s]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/u;

/** Tabs end a cell and line breaks end a row, in every form a spreadsheet may split on. */
const CELL_BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]/gu;

/**
 * One cell of a tab-separated table: breaks become spaces, so a name cannot add cells or rows,
 * and a leading formula character is quoted with `'`, so the sheet shows it as text.
 */
export function toTsvCell(text: string): string {
  const flat = text.replace(CELL_BREAKS, ' ');
  return FORMULA_START.test(flat) ? `'${flat}` : flat;
}

/** Rows of cells as tab-separated text to paste into a sheet: one line per row. */
export function toTsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(toTsvCell).join('\t')).join('\n');
}
