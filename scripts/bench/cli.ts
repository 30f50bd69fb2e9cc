// What the bench's command-line scripts share: their options, the pages asked for, and printing.
import type { BenchPage } from './bench-urls';
import type { BenchSection } from './section';

/** The value after `--name` on the command line. */
export function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index === -1 ? undefined : process.argv[index + 1];
}

/** The pages `--pages a,b` names, by route or the route's first word; all without it. */
export function wantedPages(pages: BenchPage[]): BenchPage[] {
  const wanted = option('--pages')?.split(',');
  return pages.filter(
    (page) =>
      !wanted || wanted.includes(page.route) || wanted.includes(page.route.split(' ')[0] ?? ''),
  );
}

export function sectionMarkdown(section: BenchSection): string {
  const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
  return [
    `### ${section.title}`,
    '',
    ...(section.note ? [section.note, ''] : []),
    row(section.columns),
    row(section.columns.map(() => '---')),
    ...section.rows.map(row),
    '',
  ].join('\n');
}
