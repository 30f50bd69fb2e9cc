// Two builds measured in the same run, alternating run by run so both see the same machine load:
// the gain is a ratio, not two figures from different days. The bench compares the prerendered
// build with the client-only one (PRERENDER=0); compare-ref.ts this checkout with another commit.
// Every page in every language asked for.
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { prerenderedRoutes } from '../prerender/routes';
import { prerenderedPathFor } from '../../src/lib/prerendered-path';
import type { BenchPage } from './bench-urls';
import { chromePath, runOnce, type Figures } from './lighthouse';
import { median } from './median';
import type { BenchSection } from './section';

export interface BuildOrigin {
  name: string;
  origin: string;
}

function localized(path: string, language: string): string {
  if (language === 'en') return path;
  return path === '/' ? `/${language}` : `/${language}${path}`;
}

/** Figures from different days compare only with the same browser: the report names it. */
function chromiumVersion(): string {
  return execFileSync(chromePath, ['--version'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }).trim();
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** The team page, say, is not prerendered: app.html draws it. */
const isPrerendered = (path: string): boolean =>
  prerenderedRoutes.some((route) => route.path === prerenderedPathFor(path.replace(/[#?].*$/, '')));

export async function benchLighthouseCompare(
  builds: [BuildOrigin, BuildOrigin],
  pages: BenchPage[],
  languages: string[],
  runs: number,
): Promise<BenchSection> {
  const rows: (string | number)[][] = [];
  for (const page of pages) {
    for (const language of languages) {
      const localPage = { ...page, path: localized(page.path, language) };
      const results: [Figures[], Figures[]] = [[], []];
      for (let run = 0; run < runs; run += 1) {
        for (const [index, build] of builds.entries()) {
          results[index]?.push(await runOnce(build.origin, localPage));
        }
      }
      const [first, second] = results.map((all) => {
        const pick = (key: keyof Figures) => median(all.map((figures) => figures[key]));
        return {
          perf: pick('performance'),
          fcp: pick('fcp'),
          lcp: pick('lcp'),
          tbt: pick('tbt'),
          // The median can hide one bad run: the aim is judged on the worst one too.
          worstTbt: Math.max(...all.map((figures) => figures.tbt)),
          tbtThreadTime: pick('tbtThreadTime'),
          cls: pick('cls'),
        };
      });
      if (!first || !second) continue;
      console.error(`measured: ${page.route} (${language})`);
      rows.push([
        isPrerendered(page.path) ? page.route : `${page.route} (shell)`,
        language,
        first.perf.toFixed(2),
        seconds(first.fcp),
        seconds(first.lcp),
        `${Math.round(first.tbt)} ms`,
        `${Math.round(first.worstTbt)} ms`,
        `${Math.round(first.tbtThreadTime)} ms`,
        first.cls.toFixed(3),
        second.perf.toFixed(2),
        seconds(second.lcp),
        `${Math.round(second.tbt)} ms`,
        `${Math.round(second.tbtThreadTime)} ms`,
        (first.lcp / second.lcp).toFixed(2),
      ]);
    }
  }
  return {
    title: `Lighthouse, ${builds[0].name} against ${builds[1].name} (mobile preset, simulated slow 4G)`,
    note:
      `${chromiumVersion()}, ${cpus().length} cores. ` +
      `Median of ${runs} runs per page and language, the two builds alternating, each run in a ` +
      "fresh Chromium profile with the page's stored data (a ten-year history; none for the " +
      'rater). "(shell)": an address the build does not prerender, answered by app.html in ' +
      'both builds. "On thread time": the same count from Lighthouse\'s own trace, every task after ' +
      "the first paint measured on the main thread's CPU time instead of wall time, leaving out " +
      'the moments it waited for a core (scripts/bench/trace-blocking.ts). "Worst TBT": the ' +
      'highest of the runs. Aims: LCP ≤ 1.0 s, ' +
      'TBT ≤ 100 ms, CLS 0, performance ≥ 0.98.',
    columns: [
      'page',
      'lang.',
      `${builds[0].name} perf.`,
      'FCP',
      'LCP',
      'TBT',
      'worst TBT',
      'on thread time',
      'CLS',
      `${builds[1].name} perf.`,
      'LCP',
      'TBT',
      'on thread time',
      'LCP ratio',
    ],
    rows,
  };
}
