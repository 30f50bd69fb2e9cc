// The prerendered build against the client-only one (PRERENDER=0), measured in the same run,
// alternating run by run so both see the same machine load: the gain is a ratio, not two figures
// from different days. Every page in every language asked for.
import { prerenderedRoutes } from '../prerender/routes';
import type { BenchPage } from './bench-urls';
import { runOnce, type Figures } from './lighthouse';
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

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** A review's report or the team page lives at an id only this browser knows: app.html draws it. */
const isPrerendered = (path: string): boolean =>
  prerenderedRoutes.some((route) => route.path === path.replace(/[#?].*$/, ''));

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
      const [prerendered, clientOnly] = results.map((all) => {
        const pick = (key: keyof Figures) => median(all.map((figures) => figures[key]));
        return {
          perf: pick('performance'),
          fcp: pick('fcp'),
          lcp: pick('lcp'),
          tbt: pick('tbt'),
          cls: pick('cls'),
        };
      });
      if (!prerendered || !clientOnly) continue;
      console.error(`measured: ${page.route} (${language})`);
      rows.push([
        isPrerendered(page.path) ? page.route : `${page.route} (shell)`,
        language,
        prerendered.perf.toFixed(2),
        seconds(prerendered.fcp),
        seconds(prerendered.lcp),
        `${Math.round(prerendered.tbt)} ms`,
        prerendered.cls.toFixed(3),
        clientOnly.perf.toFixed(2),
        seconds(clientOnly.lcp),
        `${Math.round(clientOnly.tbt)} ms`,
        (prerendered.lcp / clientOnly.lcp).toFixed(2),
      ]);
    }
  }
  return {
    title: 'Lighthouse, prerendered against client-only (mobile preset, simulated slow 4G)',
    note:
      `Median of ${runs} runs per page and language, the two builds alternating, each run in a ` +
      "fresh Chromium profile with the page's stored data (a ten-year history; none for the " +
      'rater). "(shell)": an address with an id only the browser knows, answered by app.html in ' +
      'both builds. Aims: LCP ≤ 1.0 s, TBT ≤ 100 ms, CLS 0, performance ≥ 0.98.',
    columns: [
      'page',
      'lang.',
      `${builds[0].name} perf.`,
      'FCP',
      'LCP',
      'TBT',
      'CLS',
      `${builds[1].name} perf.`,
      'LCP',
      'TBT',
      'LCP ratio',
    ],
    rows,
  };
}
