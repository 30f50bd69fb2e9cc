// What a prerendered page needs before its first paint: its HTML and the style sheets it links
// (render-blocking). Scripts are deferred modules: they make the page interactive, not visible.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { prerenderedFile, prerenderedRoutes, prerenderLanguages } from '../prerender/routes';
import { compressedSize, type Size } from './route-bytes';

export interface FirstPaintCost extends Size {
  file: string;
}

function linkedStyles(html: string): string[] {
  return [...html.matchAll(/<link rel="stylesheet"[^>]* href="\/?([^"]+)"/g)].map(
    (match) => match[1] ?? '',
  );
}

/** Every prerendered page's first-paint bytes; empty for a client-only build (PRERENDER=0). */
export function firstPaintCosts(dist: string): FirstPaintCost[] {
  const costs: FirstPaintCost[] = [];
  for (const language of prerenderLanguages) {
    for (const { path } of prerenderedRoutes) {
      const file = prerenderedFile(path, language);
      if (!existsSync(join(dist, file))) continue;
      const html = readFileSync(join(dist, file), 'utf8');
      if (!html.includes('data-prerendered=')) continue;
      const sizes = [file, ...linkedStyles(html)].map((part) => compressedSize(dist, part));
      costs.push({
        file,
        gzip: sizes.reduce((sum, size) => sum + size.gzip, 0),
        brotli: sizes.reduce((sum, size) => sum + size.brotli, 0),
      });
    }
  }
  return costs;
}
