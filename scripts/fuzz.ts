// Fuzzes the paste paths for invitation and response links: `npm run fuzz -- --runs 100000
// --seed 7`. Prints the count table, writes reports/fuzz.json, exits 1 on any failure.
// `npm run fuzz -- --reseal` re-seals the response fixtures after a change to the format.
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatFuzzTable } from '../tests/fuzz/fuzz-report';
import { runLinkFuzz } from '../tests/fuzz/link-fuzz';
import { sealFixtures } from '../tests/fuzz/sealed-fixtures';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '100000' },
    seed: { type: 'string', default: '2026' },
    reseal: { type: 'boolean', default: false },
  },
});

if (values.reseal) {
  const file = new URL('../tests/fuzz/sealed-responses.json', import.meta.url);
  writeFileSync(file, `${JSON.stringify(await sealFixtures(), null, 2)}\n`);
  console.log(`Re-sealed ${file.pathname}`);
  process.exit(0);
}

function wholeNumber(name: string, text: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`--${name} must be a whole number, got ${text}`);
  }
  return value;
}

const runs = wholeNumber('runs', values.runs);
// Fixed by default so two runs agree; pass another --seed to explore new inputs.
const seed = wholeNumber('seed', values.seed);
console.log(`Link fuzz: ${runs} inputs, seed ${seed}`);

const report = await runLinkFuzz({
  runs,
  seed,
  onProgress: (done, total) => {
    console.log(`  ${done} / ${total}`);
  },
});
console.log(formatFuzzTable(report));
mkdirSync('reports', { recursive: true });
writeFileSync('reports/fuzz.json', `${JSON.stringify(report, null, 2)}\n`);
console.log('Wrote reports/fuzz.json');
process.exitCode = report.failureCount === 0 ? 0 : 1;
