// npx tsx scripts/bench/blocking-estimate.ts --base-dist DIR [--dist dist] [--pages a,b]
// [--runs N] [--language fr]: two existing builds, loaded in turn N times per page (default 12),
// with the bench's stored data. Lighthouse's simulation takes each task it observed after the
// first paint, multiplies it by 4 and counts what passes 50 ms; this counts the same,
// Σ max(0, 4·d − 50), from Chromium's own trace of a quick load. It runs in seconds rather than
// Lighthouse's half-minute, so a change can be judged on a dozen loads of each build instead of
// three. Its figures are larger than Lighthouse's TBT (no cut at "interactive", and tracing
// slows the page); compare the two builds, not the figure with the aim. "Thread time" counts the
// main thread's CPU time in each task instead of its wall time (trace-blocking.ts).
import { chromium, type Browser } from '@playwright/test';
import * as z from 'zod/mini';
import { benchPages, type BenchPage } from './bench-urls';
import { option, sectionMarkdown, wantedPages } from './cli';
import { median } from './median';
import { servePreview, stopPreview } from './preview';
import { writeStoredData } from './stored-data';
import { traceBlocking, type TraceBlocking } from './trace-blocking';

const traceSchema = z.object({ traceEvents: z.array(z.unknown()) });

async function load(browser: Browser, origin: string, page: BenchPage, path: string) {
  const context = await browser.newContext({
    viewport: { width: 412, height: 823 },
    serviceWorkers: 'block',
  });
  try {
    const tab = await context.newPage();
    await writeStoredData(tab, origin, page.storage);
    await browser.startTracing(tab, {
      categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'loading'],
    });
    await tab.goto(`${origin}${path}`);
    await tab.locator('html[data-started]').waitFor({ state: 'attached' });
    // Long enough for what the page draws once started (stored data, charts near the screen).
    await tab.waitForTimeout(2000);
    const trace = traceSchema.parse(JSON.parse((await browser.stopTracing()).toString()));
    return traceBlocking(trace.traceEvents);
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  const baseDist = option('--base-dist');
  if (!baseDist) throw new Error('--base-dist DIR: the build to compare with');
  const dist = option('--dist') ?? 'dist';
  const runs = Number(option('--runs') ?? 12);
  const language = option('--language') ?? 'en';
  const prefix = language === 'en' ? '' : `/${language}`;
  const servers = [await servePreview(dist, 4193), await servePreview(baseDist, 4192)];
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const rows: (string | number)[][] = [];
  try {
    for (const page of wantedPages(await benchPages())) {
      const path = `${prefix}${page.path}`;
      const loads: Record<'this' | 'base', TraceBlocking[]> = { this: [], base: [] };
      for (let run = 0; run < runs; run += 1) {
        loads.this.push(await load(browser, 'http://localhost:4193', page, path));
        loads.base.push(await load(browser, 'http://localhost:4192', page, path));
      }
      const figures = (list: TraceBlocking[]) => [
        `${String(Math.round(median(list.map((one) => one.wall))))} ms`,
        `${String(Math.round(median(list.map((one) => one.threadTime))))} ms`,
        `${median(list.map((one) => one.longestWall)).toFixed(1)} ms`,
      ];
      rows.push([page.route, language, ...figures(loads.this), ...figures(loads.base)]);
    }
  } finally {
    await browser.close();
    servers.forEach(stopPreview);
  }
  console.log(
    sectionMarkdown({
      title: `Blocking after the first paint, estimated: ${dist} against ${baseDist}`,
      note: `Median of ${String(runs)} loads per build, alternating, 412 × 823, the bench's stored data; Σ max(0, 4·d − 50) over the main thread's tasks after the first paint (unthrottled trace); thread time: the same on the main thread's CPU time.`,
      columns: [
        'page',
        'lang.',
        'estimate',
        'thread time',
        'longest task',
        'base: estimate',
        'thread time',
        'longest task',
      ],
      rows,
    }),
  );
}

await main();
