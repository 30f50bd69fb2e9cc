// The CI gate on bytes: fails the build when a page's first screen or the offline download grows
// past its budget. Writes reports/size-report.md with every route in every language.
import { mkdirSync, writeFileSync } from 'node:fs';
import { firstPaintCosts } from './bytes/first-paint-bytes';
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

// Pages are prerendered, so two costs matter (README, Performance): what a first paint needs
// (the page's HTML and blocking style sheets) and the JavaScript needed before it responds.
// Precached: the app and English texts; not the prerendered pages, and other languages only
// once used (vite.config.ts; README, Performance).
// Home's JS was 130 KB before prerendering; language addresses, hydration and keeping the texts
// offline added 0.4–0.6 KB, and this code no longer delays the first paint (README, Performance).
// The saved data's schemas then became a start-up step of their own (src/app/early/schemas.ts):
// +0.4–0.5 KB, one chunk more, for a 51–77 ms task (at 4× CPU slowdown) cut in two.
const budgets = {
  homeGzip: 132 * KB,
  routeGzip: 200 * KB,
  precacheGzip: 350 * KB,
  firstPaintGzip: 20 * KB,
};

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

const paintLines = [
  '| prerendered page | HTML + what blocks its paint, gzip | brotli | budget | |',
  '| --- | ---: | ---: | ---: | --- |',
];
for (const cost of firstPaintCosts(dist)) {
  if (cost.gzip > budgets.firstPaintGzip) {
    problems.push(
      `${cost.file} first paint: ${formatKb(cost.gzip)} > ${formatKb(budgets.firstPaintGzip)}`,
    );
  }
  paintLines.push(
    `| ${cost.file} | ${formatKb(cost.gzip)} | ${formatKb(cost.brotli)} | ${formatKb(budgets.firstPaintGzip)} | ${verdict(cost.gzip, budgets.firstPaintGzip)} |`,
  );
}

const report = [
  '## Byte budgets: JS + CSS before a page responds',
  '',
  ...lines,
  '',
  '## Byte budgets: before the first paint of a prerendered page',
  '',
  ...paintLines,
  '',
].join('\n');
mkdirSync('reports', { recursive: true });
writeFileSync('reports/size-report.md', report);
console.log(report);
for (const problem of problems) console.error(`Budget exceeded: ${problem}`);
if (problems.length > 0) process.exit(1);
