import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod/mini';

const manifestSchema = z.record(
  z.string(),
  z.object({
    file: z.string(),
    css: z.optional(z.array(z.string())),
    imports: z.optional(z.array(z.string())),
  }),
);
export type Manifest = z.infer<typeof manifestSchema>;

export function readBuildManifest(outDir: string): Manifest {
  return manifestSchema.parse(
    JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')),
  );
}

/** Every manifest entry a module reaches through static imports, itself included. */
function staticClosure(manifest: Manifest, keys: string[], seen = new Set<string>()): Set<string> {
  for (const key of keys) {
    const entry = manifest[key];
    if (!entry || seen.has(key)) continue;
    seen.add(key);
    staticClosure(manifest, entry.imports ?? [], seen);
  }
  return seen;
}

/** What a page's lazy modules bring beyond the app's entry (index.html), which every page loads. */
function pageEntries(manifest: Manifest, modules: string[]): Manifest[string][] {
  const entry = staticClosure(manifest, ['index.html']);
  return [...staticClosure(manifest, modules)]
    .filter((key) => !entry.has(key))
    .flatMap((key) => manifest[key] ?? []);
}

/**
 * The style sheets of a page's lazy modules and what they import statically. Linked from the
 * prerendered HTML, so the page is drawn with its styles at once instead of shifting when its
 * code has loaded them.
 */
export function pageStyles(manifest: Manifest, modules: string[]): string[] {
  return [...new Set(pageEntries(manifest, modules).flatMap((entry) => entry.css ?? []))];
}

/**
 * The code of a page's lazy modules and what they import statically, for the boot script to
 * preload two files per task with the app's own. Left to the app, its import would add them all
 * at once, a dozen milliseconds of one start-up task on a phone.
 */
export function pageScripts(manifest: Manifest, modules: string[]): string[] {
  return pageEntries(manifest, modules).map((entry) => entry.file);
}
