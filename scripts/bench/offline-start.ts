// Start-up with the network off: Chromium with the service worker in control, time from
// navigation to the first control a person can use, on home and on an invitation link.
import { chromium, type Page } from '@playwright/test';
import type { BenchPage } from './bench-urls';
import { chromePath } from './lighthouse';
import { median } from './median';
import type { BenchSection } from './section';

/** The first thing a person can act on in the page's main region. */
const firstControl = 'main a.button, main button:not([disabled]), main input:not([disabled])';

declare global {
  interface Window {
    ascentFirstControlAt?: number;
  }
}

/** Records performance.now() (ms since navigation start) when the first control appears. */
function watchForFirstControl(selector: string) {
  new MutationObserver((_changes, observer) => {
    if (document.querySelector(selector) === null) return;
    window.ascentFirstControlAt = performance.now();
    observer.disconnect();
  }).observe(document, { childList: true, subtree: true });
}

async function installServiceWorker(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/`);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

async function timeToFirstControl(page: Page, url: string): Promise<number> {
  await page.goto('about:blank');
  await page.goto(url);
  await page.locator(firstControl).first().waitFor();
  const at = await page.evaluate(() => window.ascentFirstControlAt);
  if (at === undefined) throw new Error(`no control was seen appearing on ${url}`);
  return at;
}

/** Per page, in order, how long each of `runs` navigations took to its first control. */
export async function offlineStartTimes(
  origin: string,
  pages: BenchPage[],
  runs: number,
): Promise<number[][]> {
  const browser = await chromium.launch({ executablePath: chromePath, args: ['--no-sandbox'] });
  try {
    const context = await browser.newContext();
    await context.addInitScript(watchForFirstControl, firstControl);
    const page = await context.newPage();
    await installServiceWorker(page, origin);
    await context.setOffline(true);
    const times: number[][] = [];
    for (const target of pages) {
      const pageTimes: number[] = [];
      for (let run = 0; run < runs; run += 1) {
        pageTimes.push(await timeToFirstControl(page, `${origin}${target.path}`));
      }
      times.push(pageTimes);
    }
    return times;
  } finally {
    await browser.close();
  }
}

export const offlineStartTitle = 'Offline start (service worker in control, network off)';

export async function benchOfflineStart(
  origin: string,
  pages: BenchPage[],
  runs: number,
): Promise<BenchSection> {
  const times = await offlineStartTimes(origin, pages, runs);
  return {
    title: offlineStartTitle,
    note: `Desktop Chromium, no throttling; ${runs} navigations per page, from navigation start to the first usable control.`,
    columns: ['page', 'median', 'slowest'],
    rows: pages.map((target, index) => {
      const pageTimes = times[index] ?? [];
      return [
        target.route,
        `${Math.round(median(pageTimes))} ms`,
        `${Math.round(Math.max(...pageTimes))} ms`,
      ];
    }),
  };
}
