// npm run bench: builds the app, measures it, prints one report and writes it to reports/bench/.
// Options: --runs N (Lighthouse runs per page, default 3), --no-browser (skip Lighthouse and
// the offline start, e.g. on a machine without Chromium), --pages a,b (only these Lighthouse
// pages, by route name, e.g. `--pages team`).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { benchPages } from './bench-urls';
import { benchChunks, benchRouteBytes } from './bytes';
import { benchComputation } from './computation';
import { benchFootprint } from './footprint';
import { benchLighthouse } from './lighthouse';
import { benchLinks } from './links';
import { benchOfflineStart } from './offline-start';
import type { BenchSection } from './section';

const dist = 'dist';
const port = 4199;
const origin = `http://localhost:${port}`;

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index === -1 ? undefined : process.argv[index + 1];
}

function build(): void {
  const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('the build failed');
}

async function serve(): Promise<ChildProcess> {
  const server = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort'], {
    stdio: 'ignore',
    detached: true,
  });
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const isUp = await fetch(origin).then(
      (response) => response.ok,
      () => false,
    );
    if (isUp) return server;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the preview server did not answer on ${origin}`);
}

function stop(server: ChildProcess): void {
  if (server.pid !== undefined) process.kill(-server.pid);
}

function markdown(section: BenchSection): string {
  const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
  return [
    `### ${section.title}`,
    '',
    ...(section.note ? [section.note, ''] : []),
    row(section.columns),
    row(section.columns.map(() => '---')),
    ...section.rows.map(row),
    '',
  ].join('\n');
}

async function browserSections(runs: number): Promise<BenchSection[]> {
  const only = option('--pages')?.split(',');
  const pages = (await benchPages()).filter((page) => !only || only.includes(page.route));
  const server = await serve();
  try {
    return [
      await benchLighthouse(origin, pages, runs),
      await benchOfflineStart(
        origin,
        pages.filter((page) => page.offlineStart),
        5,
      ),
    ];
  } finally {
    stop(server);
  }
}

async function main(): Promise<void> {
  const runs = Number(option('--runs') ?? 3);
  build();
  const sections: BenchSection[] = [benchRouteBytes(dist), benchChunks(dist)];
  for (const measure of [benchLinks, benchComputation, benchFootprint]) {
    sections.push(await measure());
    console.error(`measured: ${sections.at(-1)?.title ?? ''}`);
  }
  if (!process.argv.includes('--no-browser')) sections.push(...(await browserSections(runs)));
  const report = sections.map(markdown).join('\n');
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
