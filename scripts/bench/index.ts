// npm run bench: builds the app, measures it, prints one report and writes it to reports/bench/.
// Options: --runs N (Lighthouse runs per page, default 5), --languages en,fr (default all three),
// --pages home,team (route names or their first word, default all), --no-browser (skip Lighthouse and the offline
// start, e.g. on a machine without Chromium). Lighthouse measures the prerendered build (dist)
// against the client-only one (PRERENDER=0, dist-client) in the same run.
import { mkdirSync, writeFileSync } from 'node:fs';
import { benchPages } from './bench-urls';
import { benchChunks, benchRouteBytes } from './bytes';
import { option, sectionMarkdown, wantedPages } from './cli';
import { benchComputation } from './computation';
import { benchFootprint } from './footprint';
import { benchLighthouseCompare } from './lighthouse-compare';
import { benchLinks } from './links';
import { benchOfflineStart } from './offline-start';
import { buildApp, servePreview, stopPreview } from './preview';
import type { BenchSection } from './section';

const dist = 'dist';
const clientDist = 'dist-client';
const port = 4199;
const clientPort = 4198;
const origin = `http://localhost:${port}`;
const clientOrigin = `http://localhost:${clientPort}`;

async function browserSections(runs: number): Promise<BenchSection[]> {
  const pages = wantedPages(await benchPages());
  const languages = (option('--languages') ?? 'en,es,fr').split(',');
  buildApp(clientDist, { prerender: false });
  const server = await servePreview(dist, port);
  const clientServer = await servePreview(clientDist, clientPort);
  try {
    return [
      await benchLighthouseCompare(
        [
          { name: 'prerendered', origin },
          { name: 'client-only', origin: clientOrigin },
        ],
        pages,
        languages,
        runs,
      ),
      await benchOfflineStart(
        origin,
        pages.filter((page) => page.offlineStart),
        5,
      ),
    ];
  } finally {
    stopPreview(server);
    stopPreview(clientServer);
  }
}

async function main(): Promise<void> {
  const runs = Number(option('--runs') ?? 5);
  buildApp(dist);
  const sections: BenchSection[] = [benchRouteBytes(dist), benchChunks(dist)];
  for (const measure of [benchLinks, benchComputation, benchFootprint]) {
    sections.push(await measure());
    console.error(`measured: ${sections.at(-1)?.title ?? ''}`);
  }
  if (!process.argv.includes('--no-browser')) sections.push(...(await browserSections(runs)));
  const report = sections.map(sectionMarkdown).join('\n');
  console.log(report);
  mkdirSync('reports/bench', { recursive: true });
  writeFileSync('reports/bench/bench.md', report);
  writeFileSync(
    'reports/bench/bench.json',
    JSON.stringify({ measuredAt: new Date().toISOString(), sections }, null, 2),
  );
  console.error('Written to reports/bench/bench.md and reports/bench/bench.json');
}

await main();
