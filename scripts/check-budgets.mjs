// Checks the bytes a first visit downloads against the budgets, from the built files alone
// (deterministic: no browser, no timing), and writes a per-chunk report.
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dist = 'dist';
const KB = 1000;

/** JavaScript + CSS (gzip) needed to show each route, in each language, and its budget. */
const budgets = ['en', 'es', 'fr'].map((language) => ({
  route: `home (/), ${language}`,
  entries: ['index.html', `src/locales/${language}/shell.json`],
  maxGzip: 130 * KB,
  // Charts load only on the results page.
  forbidden: /chartjs|chart-/,
}));

const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));

function sizes(file) {
  const bytes = readFileSync(join(dist, file));
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length,
  };
}

/** Every file a manifest entry pulls in statically: its chunk, its imports, their CSS. */
function closure(key, seen = new Set()) {
  const entry = manifest[key];
  if (!entry || seen.has(entry.file)) return seen;
  seen.add(entry.file);
  for (const css of entry.css ?? []) seen.add(css);
  for (const imported of entry.imports ?? []) closure(imported, seen);
  return seen;
}

const format = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
const lines = ['| chunk | raw | gzip | brotli |', '| --- | ---: | ---: | ---: |'];
const files = [...new Set(Object.values(manifest).flatMap((e) => [e.file, ...(e.css ?? [])]))]
  .filter((file) => /\.(js|css)$/.test(file))
  .sort((a, b) => statSync(join(dist, b)).size - statSync(join(dist, a)).size);
for (const file of files) {
  const size = sizes(file);
  lines.push(
    `| ${file.replace(/^assets\//, '')} | ${format(size.raw)} | ${format(size.gzip)} | ${format(size.brotli)} |`,
  );
}

let failed = false;
const budgetLines = [
  '| route | JS + CSS gzip | brotli | budget | |',
  '| --- | ---: | ---: | ---: | --- |',
];
for (const budget of budgets) {
  const needed = new Set(budget.entries.flatMap((key) => [...closure(key)]));
  const total = [...needed].filter((f) => /\.(js|css)$/.test(f)).map(sizes);
  const gzip = total.reduce((sum, s) => sum + s.gzip, 0);
  const brotli = total.reduce((sum, s) => sum + s.brotli, 0);
  const leaked = [...needed].filter((file) => budget.forbidden.test(file));
  if (leaked.length > 0) console.error(`${budget.route} must not load ${leaked.join(', ')}`);
  const isOver = gzip > budget.maxGzip || leaked.length > 0;
  failed ||= isOver;
  budgetLines.push(
    `| ${budget.route} | ${format(gzip)} | ${format(brotli)} | ${format(budget.maxGzip)} | ${isOver ? 'OVER' : 'ok'} |`,
  );
}

const report = ['## Budgets', '', ...budgetLines, '', '## Chunks', '', ...lines, ''].join('\n');
mkdirSync('reports', { recursive: true });
writeFileSync('reports/size-report.md', report);
console.log(report);
if (failed) {
  console.error('A byte budget is exceeded.');
  process.exit(1);
}
