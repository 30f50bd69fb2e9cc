// `npm run bench:floor [-- --runs 5]`: what Lighthouse's mobile preset gives, on this machine, for
// a first screen as small as a page can be (scripts/bench/floor): alone, taken over by React as
// the app is, and with a date then formatted with Intl. The app's own figures are read against it:
// what the floor already has is the harness and the machine, what is above it is the app's.
import { spawnSync } from 'node:child_process';
import { option, sectionMarkdown } from './cli';
import { runOnce, type Figures } from './lighthouse';
import { median } from './median';
import { servePreview, stopPreview } from './preview';

const variants = [
  { name: 'HTML and CSS only', start: '' },
  { name: 'React takes it over', start: 'react' },
  { name: 'React, then an Intl date', start: 'react-intl' },
];

const build = spawnSync(
  'npx',
  ['vite', 'build', '--config', 'scripts/bench/floor/vite.config.ts'],
  {
    stdio: 'inherit',
  },
);
if (build.status !== 0) throw new Error('the floor page did not build');

const runs = Number(option('--runs') ?? 5);
const port = 4330;
const server = await servePreview('reports/bench/floor', port);
try {
  const figures = new Map<string, Figures[]>(variants.map(({ name }) => [name, []]));
  // Alternating, so that every variant sees the same load.
  for (let run = 0; run < runs; run += 1) {
    for (const { name, start } of variants) {
      const path = start ? `/?start=${start}` : '/';
      const page = { route: name, path, storage: {}, offlineStart: false };
      figures.get(name)?.push(await runOnce(`http://localhost:${port}`, page));
    }
  }
  const rows = variants.map(({ name }) => {
    const all = figures.get(name) ?? [];
    const pick = (key: keyof Figures) => median(all.map((each) => each[key]));
    return [
      name,
      pick('performance').toFixed(2),
      `${(pick('fcp') / 1000).toFixed(2)} s`,
      `${(pick('lcp') / 1000).toFixed(2)} s`,
      `${Math.round(pick('tbt'))} ms`,
      all.map((each) => Math.round(each.tbt)).join(' '),
    ];
  });
  console.log(
    sectionMarkdown({
      title: 'The floor: a trivial prerendered page, Lighthouse mobile preset',
      note: `Median of ${runs} runs, alternating; the last column lists every run's TBT.`,
      columns: ['page', 'perf.', 'FCP', 'LCP', 'TBT', 'TBT per run'],
      rows,
    }),
  );
} finally {
  stopPreview(server);
}
