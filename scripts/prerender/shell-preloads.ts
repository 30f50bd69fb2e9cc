import { pageScripts, pageStyles, type Manifest } from './page-assets.ts';
import { prerenderedRoutes } from './routes.ts';
import { replaceOnce } from './template.ts';

const languageTexts = /^src\/locales\/(\w+)\/(shell|pages)\.json$/;
const savedDataCheck = 'src/stores/check-in-slices.ts';

/** "/plan/catalog" → "plan-catalog", as public/boot.js looks a path up in the shell. */
function pageKey(path: string): string {
  return path.split('/').filter(Boolean).join('-');
}

/** "/plan/catalog" → "/plan": the page whose code a sub-page's own comes on top of. */
function parentPath(path: string): string {
  return path.replace(/\/[^/]*$/, '') || '/';
}

function filesOf(manifest: Manifest, modules: string[]): string[] {
  return [...pageScripts(manifest, modules), ...pageStyles(manifest, modules)];
}

/**
 * What public/boot.js may ask for on app.html, by attribute: each page's code and style
 * sheets beyond its parent page's, each language's two text chunks, and the checker of saved
 * data. Dist-relative file names, space-separated; a page that adds nothing has no attribute.
 */
export function shellPreloads(manifest: Manifest): Record<string, string> {
  const modulesByPath = new Map(prerenderedRoutes.map((route) => [route.path, route.modules]));
  const attributes: Record<string, string> = {};
  for (const { path, modules } of prerenderedRoutes) {
    const parent = new Set(filesOf(manifest, modulesByPath.get(parentPath(path)) ?? []));
    const own = filesOf(manifest, modules).filter((file) => !parent.has(file));
    if (own.length > 0) attributes[`data-page-${pageKey(path)}`] = own.join(' ');
  }
  for (const key of Object.keys(manifest)) {
    const [, language, part] = languageTexts.exec(key) ?? [];
    if (language && part) {
      attributes[`data-texts-${language}-${part}`] = pageScripts(manifest, [key]).join(' ');
    }
  }
  attributes['data-saved-data-check'] = pageScripts(manifest, [savedDataCheck]).join(' ');
  return attributes;
}

/**
 * The service worker's shell: the built index.html with the boot script first in its head, marked
 * `data-shell` (it then only names what the address needs), and `async`, so that it runs as soon as
 * it is in: a deferred script would wait for the head's style sheet (20–30 ms later, offline).
 */
export function withShellPreloads(template: string, manifest: Manifest, base: string): string {
  const attributes = Object.entries(shellPreloads(manifest))
    .map(([name, files]) => ` ${name}="${files}"`)
    .join('');
  const anchor = '<meta charset="UTF-8" />';
  const tag = `<script async src="${base}boot.js" data-shell${attributes}></script>`;
  return replaceOnce(template, anchor, `${anchor}\n    ${tag}`);
}
