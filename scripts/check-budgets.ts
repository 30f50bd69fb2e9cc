// The CI gate on bytes: fails the build when a page's first screen or the offline download grows
// past its budget. Writes reports/size-report.md with every route in every language.
import { mkdirSync, writeFileSync } from 'node:fs';
import {
  formatKb,
  KB,
  languages,
  precacheSize,
  routeCost,
  routes,
  type RouteCost,
} from './bytes/route-bytes';

const dist = process.argv[2] ?? 'dist';

// Precache: English texts only; other languages are cached once used (README, Performance).
const budgets = { homeGzip: 130 * KB, routeGzip: 200 * KB, precacheGzip: 350 * KB };

/** chart.js loads after a page is on screen, and only where a chart is drawn. */
const chartChunk = /chartjs/;

const budgetFor = (cost: RouteCost): number =>
  cost.route === 'home' ? budgets.homeGzip : budgets.routeGzip;
const verdict = (bytes: number, budget: number): string => (bytes > budget ? 'OVER' : 'ok');

const problems: string[] = [];
const lines = [
  '| route | language | first screen, gzip | brotli | budget | | whole visit, gzip |',
  '| --- | --- | ---: | ---: | ---: | --- | ---: |',
];

for (const route of routes) {
  for (const language of languages) {
    const cost = routeCost(dist, route, language);
    const budget = budgetFor(cost);
    if (cost.gzip > budget) {
      problems.push(`${cost.route} (${language}): ${formatKb(cost.gzip)} > ${formatKb(budget)}`);
    }
    if (cost.files.some((file) => chartChunk.test(file))) {
      problems.push(`${cost.route} (${language}) loads chart.js before its first paint`);
    }
    lines.push(
      `| ${cost.route} | ${language} | ${formatKb(cost.gzip)} | ${formatKb(cost.brotli)} | ${formatKb(budget)} | ${verdict(cost.gzip, budget)} | ${formatKb(cost.withAfterPaint.gzip)} |`,
    );
  }
}

const precache = precacheSize(dist);
if (precache.gzip > budgets.precacheGzip) {
  problems.push(`precache: ${formatKb(precache.gzip)} > ${formatKb(budgets.precacheGzip)}`);
}
lines.push(
  `| everything precached (${precache.files} files) | all | ${formatKb(precache.gzip)} | ${formatKb(precache.brotli)} | ${formatKb(budgets.precacheGzip)} | ${verdict(precache.gzip, budgets.precacheGzip)} | |`,
);

const report = ['## Byte budgets (JS + CSS)', '', ...lines, ''].join('\n');
mkdirSync('reports', { recursive: true });
writeFileSync('reports/size-report.md', report);
console.log(report);
for (const problem of problems) console.error(`Budget exceeded: ${problem}`);
if (problems.length > 0) process.exit(1);
