// npx tsx scripts/bench/long-tasks.ts: builds the app, serves it, and prints the long tasks of
// each page (issue #14). Options: --runs N (loads per page, default 3), --port P (default 4197),
// --pages a,b (routes, or their first word), --detail (every task of every run, to stderr),
// --no-build (measure an existing build), --dist DIR (the build to serve, default dist).
import { benchPages, type BenchPage } from './bench-urls';
import { option, sectionMarkdown, wantedPages } from './cli';
import { benchLongTasks } from './long-task-measure';
import { buildApp, servePreview, stopPreview } from './preview';

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
  const pages = wantedPages(await longTaskPages());
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
    console.log(sectionMarkdown(section));
  } finally {
    stopPreview(server);
  }
}

await main();
