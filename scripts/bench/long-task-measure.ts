// Long tasks on each page on a slow phone's processor: Chromium with CDP's 4× CPU slowdown (as
// Lighthouse's mobile preset), the page's stored data in place, recorded until the page is idle.
import { chromium, type Browser } from '@playwright/test';
import type { BenchPage } from './bench-urls';
import { chromePath } from './lighthouse';
import {
  readRawRecording,
  recordLongTasks,
  toRecording,
  type LongTask,
  type PageRecording,
} from './long-task-recorder';
import { median } from './median';
import type { BenchSection } from './section';
import { writeStoredData } from './stored-data';

/** Tasks longer than this block input; the excess over it is the blocking time. */
const LONG_TASK_MS = 50;
/** The page counts as idle after this long without a long task. */
const QUIET_MS = 3000;
const GIVE_UP_MS = 30_000;

export interface TaskFigures {
  count: number;
  afterFirstPaint: number;
  blockingMs: number;
  /** Lighthouse's total blocking time counts from the first paint on. */
  blockingAfterPaintMs: number;
  longestMs: number;
  cause: string;
}

const overlaps = (start: number, end: number, other: { start: number; duration: number }) =>
  other.start < end && other.start + other.duration > start;

/** A chunk's name without its hash: `assets/zod-Ab12.js` reads as `zod`. */
function chunkName(url: string): string {
  const file = url.split('/').pop() ?? url;
  return file.replace(/-[\w-]{8}\.js$/, '').replace(/\.js$/, '') || 'page';
}

/** What ran in a task: the app's own measures first, else the longest script seen in it. */
export function describeTask(recording: PageRecording, start: number, duration: number): string {
  const end = start + duration;
  const measures = recording.measures
    .filter((measure) => overlaps(start, end, measure))
    .map((measure) => `${measure.name} ${Math.round(measure.duration)} ms`);
  if (measures.length > 0) return measures.join(', ');
  const script = recording.scripts
    .filter((candidate) => overlaps(start, end, candidate))
    .sort((a, b) => b.duration - a.duration)[0];
  if (!script) return 'layout, style or paint';
  const where = chunkName(script.source);
  const invoker = script.invoker.startsWith('http') ? 'evaluation' : script.invoker;
  return `${where}: ${invoker}`;
}

export function summarise(recording: PageRecording): TaskFigures {
  const tasks = recording.tasks.filter((task) => task.duration > LONG_TASK_MS);
  const longest = tasks.reduce<(typeof tasks)[number] | undefined>(
    (best, task) => (best && best.duration >= task.duration ? best : task),
    undefined,
  );
  const paint = recording.firstPaint ?? 0;
  const afterPaint = tasks.filter((task) => task.start >= paint);
  const blocking = (some: LongTask[]) =>
    some.reduce((sum, task) => sum + task.duration - LONG_TASK_MS, 0);
  return {
    count: tasks.length,
    afterFirstPaint: afterPaint.length,
    blockingMs: blocking(tasks),
    blockingAfterPaintMs: blocking(afterPaint),
    longestMs: longest?.duration ?? 0,
    cause: longest ? describeTask(recording, longest.start, longest.duration) : '—',
  };
}

async function recordPage(browser: Browser, origin: string, target: BenchPage) {
  // Lighthouse's mobile screen: a mid-range phone held upright.
  const context = await browser.newContext({
    viewport: { width: 412, height: 823 },
    deviceScaleFactor: 1.75,
    isMobile: true,
    hasTouch: true,
  });
  try {
    const seeder = await context.newPage();
    await writeStoredData(seeder, origin, target.storage);
    await seeder.close();
    await context.addInitScript(recordLongTasks);
    const page = await context.newPage();
    const session = await context.newCDPSession(page);
    await session.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const started = Date.now();
    await page.goto(`${origin}${target.path}`, { waitUntil: 'load' });
    let quietSince = Date.now();
    let seen = 0;
    while (Date.now() - quietSince < QUIET_MS && Date.now() - started < GIVE_UP_MS) {
      await page.waitForTimeout(250);
      const count = await page.evaluate(() => window.ascentLongTasks?.length ?? 0);
      if (count !== seen) [seen, quietSince] = [count, Date.now()];
    }
    return toRecording(await page.evaluate(readRawRecording));
  } finally {
    await context.close();
  }
}

/** Prints every long task of a run to stderr, for finding what to fix. */
function printDetail(route: string, recording: PageRecording): void {
  console.error(`\n${route} (first paint ${Math.round(recording.firstPaint ?? 0)} ms)`);
  for (const task of recording.tasks) {
    const at = `${Math.round(task.start)} ms`.padStart(8);
    const long = `${Math.round(task.duration)} ms`.padStart(7);
    console.error(`${at} ${long}  ${describeTask(recording, task.start, task.duration)}`);
  }
}

export async function benchLongTasks(
  origin: string,
  pages: BenchPage[],
  runs: number,
  showDetail = false,
): Promise<BenchSection> {
  const browser = await chromium.launch({ executablePath: chromePath, args: ['--no-sandbox'] });
  const rows: (string | number)[][] = [];
  try {
    for (const target of pages) {
      const all: TaskFigures[] = [];
      for (let run = 0; run < runs; run += 1) {
        const recording = await recordPage(browser, origin, target);
        if (showDetail) printDetail(target.route, recording);
        all.push(summarise(recording));
      }
      const pick = (key: Exclude<keyof TaskFigures, 'cause'>) =>
        Math.round(median(all.map((figures) => figures[key])));
      const typical = [...all].sort((a, b) => a.blockingMs - b.blockingMs)[Math.floor(runs / 2)];
      rows.push([
        target.route,
        `${pick('count')} (${pick('afterFirstPaint')})`,
        `${pick('blockingMs')} ms (${pick('blockingAfterPaintMs')} ms)`,
        `${pick('longestMs')} ms`,
        typical?.cause ?? '—',
      ]);
    }
  } finally {
    await browser.close();
  }
  return {
    title: 'Long tasks, 4× CPU slowdown (Chromium, CDP), stored data in place',
    note:
      `Median of ${runs} loads per page at 412 × 823, recorded until ${QUIET_MS / 1000} s pass ` +
      `without one. Blocking time is the sum of each task's time over ${LONG_TASK_MS} ms; the ` +
      'cause is that of the longest task in the median run. Aim: no long task after the first paint.',
    columns: [
      'page',
      'long tasks (after first paint)',
      'blocking time (after first paint)',
      'longest',
      'cause of the longest',
    ],
    rows,
  };
}
