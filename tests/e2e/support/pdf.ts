import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Page objects of a PDF: `/Type /Page`, never the `/Type /Pages` tree nodes. */
export function countPdfPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

/**
 * The text of one page, read by poppler's pdftotext (Debian: poppler-utils), so the test checks
 * what lands on paper rather than what the page's layout suggests.
 */
export function pdfPageText(pdf: Buffer, pageNumber: number): string {
  const folder = mkdtempSync(join(tmpdir(), 'ascent-pdf-'));
  try {
    const file = join(folder, 'print.pdf');
    writeFileSync(file, pdf);
    const page = String(pageNumber);
    return execFileSync('pdftotext', ['-f', page, '-l', page, file, '-'], { encoding: 'utf8' });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Line breaks and hyphenation from the page layout folded away, for `toContain`. */
export function flatText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
