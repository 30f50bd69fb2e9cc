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

function collectStyles(manifest: Manifest, key: string, seen: Set<string>, styles: Set<string>) {
  const entry = manifest[key];
  if (!entry || seen.has(key)) return;
  seen.add(key);
  for (const css of entry.css ?? []) styles.add(css);
  for (const imported of entry.imports ?? []) collectStyles(manifest, imported, seen, styles);
}

/**
 * The style sheets of a page's lazy modules and what they import statically. Linked from the
 * prerendered HTML, so the page is drawn with its styles at once instead of shifting when its
 * code has loaded them.
 */
export function pageStyles(manifest: Manifest, modules: string[]): string[] {
  const seen = new Set<string>(['index.html']);
  const styles = new Set<string>();
  for (const module of modules) collectStyles(manifest, module, seen, styles);
  return [...styles];
}
