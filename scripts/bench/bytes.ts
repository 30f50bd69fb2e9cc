// The bytes part of the benchmark: what each main route downloads, and what goes offline.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  compressedSize,
  formatKb,
  languages,
  precacheSize,
  routeCost,
  routes,
} from '../bytes/route-bytes';
import type { BenchSection } from './section';

/** A chunk's name without its content hash: "assets/locale-fr-pages-BnXQ_Uip.js" → "locale-fr-pages". */
const chunkName = (file: string) =>
  file.replace(/^assets\//, '').replace(/-[\w-]{8}\.(js|css)$/, '.$1');

export function benchRouteBytes(dist: string): BenchSection {
  const rows = routes.map((route) => {
    const [english, ...others] = languages.map((language) => routeCost(dist, route, language));
    if (!english) throw new Error('no languages to measure');
    const heaviest = Math.max(english.gzip, ...others.map((cost) => cost.gzip));
    return [
      route.name,
      formatKb(english.gzip),
      formatKb(english.brotli),
      formatKb(heaviest),
      formatKb(english.withAfterPaint.gzip),
      english.files.map(chunkName).join(', '),
    ];
  });
  const precache = precacheSize(dist);
  rows.push([
    `everything precached (${precache.files} files)`,
    formatKb(precache.gzip),
    formatKb(precache.brotli),
    '',
    '',
    'every chunk and style, English texts, index.html, favicon',
  ]);
  return {
    title: 'Bytes of JavaScript + CSS for a first visit',
    note:
      'First screen = start-up code + the page code + its texts (English); "whole visit" adds what ' +
      'loads after the first paint: the service-worker helper and, where a chart is drawn, chart.js. ' +
      'Budgets (CI, npm run size): home ≤ 132 KB, any first screen ≤ 200 KB, precache ≤ 350 KB gzip.',
    columns: ['route', 'gzip', 'brotli', 'heaviest language', 'whole visit, gzip', 'chunks'],
    rows,
  };
}

export function benchChunks(dist: string): BenchSection {
  // Every built chunk, precached or not: the texts of languages other than English are not.
  const rows = readdirSync(join(dist, 'assets'))
    .map((file) => `assets/${file}`)
    .filter((file) => /\.(js|css)$/.test(file))
    .map((file) => ({ file, size: compressedSize(dist, file) }))
    .sort((a, b) => b.size.gzip - a.size.gzip)
    .map(({ file, size }) => [chunkName(file), formatKb(size.gzip), formatKb(size.brotli)]);
  return {
    title: 'Chunks',
    note:
      'Libraries by name (react = React, ReactDOM and React Router; i18n = i18next; state = zustand; ' +
      'forms = react-hook-form), texts by language, pages by their route module; app = start-up code and home. ' +
      'All are precached but the texts of languages other than English, kept once a visitor uses them.',
    columns: ['chunk', 'gzip', 'brotli'],
    rows,
  };
}
