// What a first visit downloads, computed from the build output alone (deterministic: no browser,
// no timing). Shared by the CI budget gate and the benchmark.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { startUpStepSources } from '../prerender/start-up-steps';

export const languages = ['en', 'es', 'fr'] as const;
export type Language = (typeof languages)[number];

export interface Route {
  name: string;
  /** Manifest keys of the page's own modules, loaded on top of the start-up code. */
  pages: string[];
  /**
   * Loaded once the page is on screen (besides the service-worker helper): where a chart is drawn,
   * the chart worker and chart.js, which it loads.
   */
  afterPaint: string[];
}

const chart = ['src/lib/chart-worker.ts'];

/** The main routes, with the lazily loaded modules a first visit to each one fetches. */
export const routes: Route[] = [
  { name: 'home', pages: [], afterPaint: [] },
  {
    name: 'self-assessment',
    pages: ['src/features/assessment/assessment-routes.tsx'],
    afterPaint: [],
  },
  { name: 'results', pages: ['src/features/results/results-page.tsx'], afterPaint: chart },
  {
    name: 'rater opens an invitation',
    pages: ['src/features/respond/respond-page.tsx'],
    afterPaint: [],
  },
  { name: '360 report', pages: ['src/features/review/review-routes.tsx'], afterPaint: chart },
  { name: 'plan', pages: ['src/features/plan/plan-routes.tsx'], afterPaint: chart },
];

export interface Size {
  gzip: number;
  brotli: number;
}

export interface RouteCost extends Size {
  route: string;
  language: Language;
  /** Everything needed to show the page: start-up code, the page's code, its texts. */
  files: string[];
  /** The whole visit, adding what loads after the first paint (chart.js). */
  withAfterPaint: Size;
}

interface ManifestEntry {
  file: string;
  css?: string[];
  imports?: string[];
}

type Manifest = Record<string, ManifestEntry>;

export function readManifest(dist: string): Manifest {
  return JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Manifest;
}

/** Each file is compressed once: most chunks belong to every route in every language. */
const sizeCache = new Map<string, Size>();

export function compressedSize(dist: string, file: string): Size {
  const path = join(dist, file);
  const cached = sizeCache.get(path);
  if (cached) return cached;
  const bytes = readFileSync(path);
  const size = {
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length,
  };
  sizeCache.set(path, size);
  return size;
}

/** Every file a manifest entry pulls in statically: its chunk, its imports, their CSS. */
function closure(manifest: Manifest, key: string, seen: Set<string>): Set<string> {
  const entry = manifest[key];
  if (!entry || seen.has(entry.file)) return seen;
  seen.add(entry.file);
  for (const css of entry.css ?? []) seen.add(css);
  for (const imported of entry.imports ?? []) closure(manifest, imported, seen);
  return seen;
}

/** The manifest key of the service-worker helper, loaded after the first paint on every page. */
function serviceWorkerHelper(manifest: Manifest): string[] {
  return Object.keys(manifest).filter((key) => key.includes('workbox-window'));
}

function entriesFor(route: Route, language: Language): string[] {
  const texts = route.pages.length > 0 ? [`src/locales/${language}/pages.json`] : [];
  // The boot script runs the start-up steps before the app: their files are part of every page.
  const steps = Object.values(startUpStepSources);
  return ['index.html', ...steps, `src/locales/${language}/shell.json`, ...route.pages, ...texts];
}

function scriptsAndStyles(manifest: Manifest, keys: string[]): string[] {
  const files = new Set<string>();
  for (const key of keys) closure(manifest, key, files);
  return [...files].filter((file) => /\.(js|css)$/.test(file)).sort();
}

function totalSize(dist: string, files: string[]): Size {
  const sizes = files.map((file) => compressedSize(dist, file));
  return {
    gzip: sizes.reduce((sum, size) => sum + size.gzip, 0),
    brotli: sizes.reduce((sum, size) => sum + size.brotli, 0),
  };
}

export function routeCost(dist: string, route: Route, language: Language): RouteCost {
  const manifest = readManifest(dist);
  const firstScreen = entriesFor(route, language);
  const files = scriptsAndStyles(manifest, firstScreen);
  return {
    route: route.name,
    language,
    files,
    ...totalSize(dist, files),
    withAfterPaint: totalSize(
      dist,
      scriptsAndStyles(manifest, [
        ...firstScreen,
        ...serviceWorkerHelper(manifest),
        ...route.afterPaint,
      ]),
    ),
  };
}

/** The files the service worker downloads on install, read from the generated worker. */
export function precachedFiles(dist: string): string[] {
  const worker = readFileSync(join(dist, 'sw.js'), 'utf8');
  const urls = [...worker.matchAll(/url:"([^"]+)"/g)].map((match) => match[1] ?? '');
  return [...new Set(urls)].filter((url) => url !== '').sort();
}

export function precacheSize(dist: string): Size & { files: number } {
  const files = precachedFiles(dist);
  return { files: files.length, ...totalSize(dist, files) };
}

export const KB = 1000;
export const formatKb = (bytes: number): string => `${(bytes / KB).toFixed(1)} KB`;
