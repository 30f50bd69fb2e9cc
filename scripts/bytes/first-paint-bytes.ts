// What a prerendered page needs before its first paint: its HTML (with its styles inlined) and
// whatever it links that blocks rendering — style sheets and classic scripts (the boot script).
// The app's modules start after the first paint: they make the page interactive, not visible.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { prerenderedFile, prerenderedRoutes, prerenderLanguages } from '../prerender/routes';
import { compressedSize, type Size } from './route-bytes';

export interface FirstPaintCost extends Size {
  file: string;
}

// A disabled sheet is neither fetched nor applied (inline-styles.ts leaves those behind).
const blocking = [
  /<link rel="stylesheet"(?![^>]*\sdisabled)[^>]* href="([^"]+)"/g,
  /<script src="([^"]+)"/g,
];

/** The render-blocking files a page names, relative to the build (`base` stripped). */
export function blockingFiles(html: string, base: string): string[] {
  return blocking.flatMap((pattern) =>
    [...html.matchAll(pattern)].map((match) => (match[1] ?? '').slice(base.length)),
  );
}

/** Every prerendered page's first-paint bytes; empty for a client-only build (PRERENDER=0). */
export function firstPaintCosts(dist: string, base = '/'): FirstPaintCost[] {
  const costs: FirstPaintCost[] = [];
  for (const language of prerenderLanguages) {
    for (const { path } of prerenderedRoutes) {
      const file = prerenderedFile(path, language);
      if (!existsSync(join(dist, file))) continue;
      const html = readFileSync(join(dist, file), 'utf8');
      if (!html.includes('data-prerendered=')) continue;
      const sizes = [file, ...blockingFiles(html, base)].map((part) => compressedSize(dist, part));
      costs.push({
        file,
        gzip: sizes.reduce((sum, size) => sum + size.gzip, 0),
        brotli: sizes.reduce((sum, size) => sum + size.brotli, 0),
      });
    }
  }
  return costs;
}
