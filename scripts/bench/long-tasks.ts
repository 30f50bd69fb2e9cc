// npx tsx scripts/bench/long-tasks.ts: builds the app, serves it, and prints the long tasks of
// each page (issue #14). Options: --runs N (loads per page, default 3), --port P (default 4197),
// --pages a,b (routes, or their first word), --detail (every task of every run, to stderr),
// --no-build (measure an existing build), --dist DIR (the build to serve, default dist).
import { benchPages, type BenchPage } from './bench-urls';
import { benchLongTasks } from './long-task-measure';
import { buildApp, servePreview, stopPreview } from './preview';

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index === -1 ? undefined : process.argv[index + 1];
}

/** The bench's pages, and the history list, which the Lighthouse set leaves out. */
export async function longTaskPages(): Promise<BenchPage[]> {
  const pages = await benchPages();
  const home = pages.find((page) => page.route === 'home');
  if (!home) throw new Error('the bench pages have no home page');
  return [...pages, { ...home, route: 'history', path: '/history', offlineStart: false }];
}

async function main(): Promise<void> {
  const runs = Number(option('--runs') ?? 3);
  const port = Number(option('--port') ?? 4197);
  const wanted = option('--pages')?.split(',');
  const pages = (await longTaskPages()).filter(
    (page) =>
      !wanted || wanted.includes(page.route) || wanted.includes(page.route.split(' ')[0] ?? ''),
  );
  const dist = option('--dist') ?? 'dist';
  if (!process.argv.includes('--no-build')) buildApp(dist);
  const server = await servePreview(dist, port);
  try {
    const section = await benchLongTasks(
      `http://localhost:${port}`,
      pages,
      runs,
      process.argv.includes('--detail'),
    );
    const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
    console.log(`### ${section.title}\n\n${section.note ?? ''}\n`);
    console.log([row(section.columns), row(section.columns.map(() => '---'))].join('\n'));
    for (const cells of section.rows) console.log(row(cells));
  } finally {
    stopPreview(server);
  }
}

await main();
