import { toTsvCell } from './tsv';

/**
 * One CSV cell: the same guard as a pasted table (no extra rows, a leading formula character
 * quoted with `'`), then RFC 4180 quoting so commas and quotes stay inside the cell.
 */
export function toCsvCell(text: string): string {
  return `"${toTsvCell(text).replace(/"/g, '""')}"`;
}

/** Rows of cells as CSV text, CRLF between rows as RFC 4180 asks. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(toCsvCell).join(',')).join('\r\n') + '\r\n';
}
