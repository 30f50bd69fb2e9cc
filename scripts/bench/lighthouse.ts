// Lighthouse (mobile preset, simulated throttling) in Debian's Chromium, several fresh runs per
// page with the page's stored data seeded first; the median of each figure is reported.
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { BenchPage } from './bench-urls';
import { median } from './median';
import type { BenchSection } from './section';
import { writeStoredData } from './stored-data';
import { traceBlocking } from './trace-blocking';

export const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const chromeFlags = ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run'];

export interface Figures {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcp: number;
  fcp: number;
  tbt: number;
  /** Lighthouse's count on the main thread's CPU time instead of wall time (trace-blocking.ts). */
  tbtThreadTime: number;
  cls: number;
}

/** Writes the stored data from a same-origin file that does not start the app. */
async function seedStorage(port: number, origin: string, storage: Record<string, string>) {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  const [context] = browser.contexts();
  if (!context) throw new Error('Chromium opened without a browser context');
  const page = await context.newPage();
  await writeStoredData(page, origin, storage);
  await page.close();
}

export async function runOnce(origin: string, page: BenchPage): Promise<Figures> {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags });
  try {
    if (Object.keys(page.storage).length > 0) await seedStorage(chrome.port, origin, page.storage);
    const result = await lighthouse(`${origin}${page.path}`, {
      port: chrome.port,
      logLevel: 'error',
      // Keep the seeded data: the page is measured as its user would see it.
      disableStorageReset: true,
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${page.path}`);
    const { categories, audits } = result.lhr;
    const score = (id: string) => categories[id]?.score ?? Number.NaN;
    const value = (id: string) => audits[id]?.numericValue ?? Number.NaN;
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      lcp: value('largest-contentful-paint'),
      fcp: value('first-contentful-paint'),
      tbt: value('total-blocking-time'),
      tbtThreadTime: traceBlocking(result.artifacts.Trace.traceEvents).threadTime,
      cls: value('cumulative-layout-shift'),
    };
  } finally {
    chrome.kill();
  }
}

async function medianFigures(origin: string, page: BenchPage, runs: number): Promise<Figures> {
  const all: Figures[] = [];
  for (let run = 0; run < runs; run += 1) all.push(await runOnce(origin, page));
  const pick = (key: keyof Figures) => median(all.map((figures) => figures[key]));
  return {
    performance: pick('performance'),
    accessibility: pick('accessibility'),
    bestPractices: pick('bestPractices'),
    seo: pick('seo'),
    lcp: pick('lcp'),
    fcp: pick('fcp'),
    tbt: pick('tbt'),
    tbtThreadTime: pick('tbtThreadTime'),
    cls: pick('cls'),
  };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

export async function benchLighthouse(
  origin: string,
  pages: BenchPage[],
  runs: number,
): Promise<BenchSection> {
  const rows: (string | number)[][] = [];
  for (const page of pages) {
    const figures = await medianFigures(origin, page, runs);
    rows.push([
      page.route,
      figures.performance.toFixed(2),
      figures.accessibility.toFixed(2),
      figures.bestPractices.toFixed(2),
      figures.seo.toFixed(2),
      seconds(figures.fcp),
      seconds(figures.lcp),
      `${Math.round(figures.tbt)} ms`,
      figures.cls.toFixed(3),
    ]);
  }
  return {
    title: 'Lighthouse, mobile preset (simulated slow 4G, 4× CPU slowdown)',
    note:
      `Median of ${runs} runs per page, each in a fresh Chromium profile with the page's stored ` +
      'data (a ten-year history; none for the rater). Aims: performance ≥ 0.98, LCP ≤ 1.8 s, ' +
      'CLS 0, accessibility and best practices 1.0.',
    columns: ['page', 'perf.', 'a11y', 'best pr.', 'SEO', 'FCP', 'LCP', 'TBT', 'CLS'],
    rows,
  };
}
