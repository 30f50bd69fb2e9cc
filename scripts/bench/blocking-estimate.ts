// npx tsx scripts/bench/blocking-estimate.ts --base-dist DIR [--dist dist] [--pages a,b]
// [--runs N] [--language fr]: two existing builds, loaded in turn N times per page (default 12),
// with the bench's stored data. Lighthouse's simulation takes each task it observed after the
// first paint, multiplies it by 4 and counts what passes 50 ms; this counts the same,
// Σ max(0, 4·d − 50), from Chromium's own trace of a quick load. It runs in seconds rather than
// Lighthouse's half-minute, so a change can be judged on a dozen loads of each build instead of
// three. Its figures are larger than Lighthouse's TBT (no cut at "interactive", and tracing
// slows the page); compare the two builds, not the figure with the aim.
import { chromium, type Browser } from '@playwright/test';
import * as z from 'zod/mini';
import { benchPages, type BenchPage } from './bench-urls';
import { option, sectionMarkdown, wantedPages } from './cli';
import { median } from './median';
import { servePreview, stopPreview } from './preview';
import { writeStoredData } from './stored-data';

const traceEventSchema = z.object({
  name: z.string(),
  ph: z.optional(z.string()),
  ts: z.number(),
  dur: z.optional(z.number()),
  pid: z.number(),
  tid: z.number(),
});
const traceSchema = z.object({ traceEvents: z.array(z.unknown()) });
type TraceEvent = z.infer<typeof traceEventSchema>;

interface Load {
  /** Σ max(0, 4·d − 50) over the main thread's tasks after the first paint, in ms. */
  blocking: number;
  longest: number;
}

function events(trace: Buffer): TraceEvent[] {
  return traceSchema
    .parse(JSON.parse(trace.toString()))
    .traceEvents.flatMap((event) => traceEventSchema.safeParse(event).data ?? []);
}

function blockingAfterPaint(all: TraceEvent[]): Load {
  const paint = all.find((event) => event.name === 'firstContentfulPaint');
  if (!paint) throw new Error('the page reported no first contentful paint');
  const durations = all
    .filter(
      (event) =>
        event.name === 'RunTask' &&
        event.ph === 'X' &&
        event.pid === paint.pid &&
        event.tid === paint.tid &&
        event.ts > paint.ts,
    )
    .map((task) => (task.dur ?? 0) / 1000);
  // A page that starts its app always runs tasks after its first paint: none means a bad trace.
  if (durations.length === 0)
    throw new Error('the trace holds no main-thread task after the first paint');
  return {
    blocking: durations.reduce((sum, ms) => sum + Math.max(0, 4 * ms - 50), 0),
    longest: Math.max(0, ...durations),
  };
}

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
    return blockingAfterPaint(events(await browser.stopTracing()));
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
      const loads: Record<'this' | 'base', Load[]> = { this: [], base: [] };
      for (let run = 0; run < runs; run += 1) {
        loads.this.push(await load(browser, 'http://localhost:4193', page, path));
        loads.base.push(await load(browser, 'http://localhost:4192', page, path));
      }
      const figures = (list: Load[]) => [
        `${String(Math.round(median(list.map((one) => one.blocking))))} ms`,
        `${median(list.map((one) => one.longest)).toFixed(1)} ms`,
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
      note: `Median of ${String(runs)} loads per build, alternating, 412 × 823, the bench's stored data; Σ max(0, 4·d − 50) over the main thread's tasks after the first paint (unthrottled trace).`,
      columns: ['page', 'lang.', 'estimate', 'longest task', 'base: estimate', 'longest task'],
      rows,
    }),
  );
}

await main();
