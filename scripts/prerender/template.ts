import type { PrerenderLanguage } from './routes';

export interface TemplateValues {
  html: string;
  title: string;
  path: string;
  language: PrerenderLanguage;
  base: string;
  /** The page's own style sheets (dist-relative), linked after the app's. */
  styles: string[];
  /** The page's own code (dist-relative), preloaded by the boot script after the app's. */
  scripts: string[];
  /** Start-up steps the boot script runs before the app (dist-relative). */
  steps: string[];
}

const escapeText = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function replaceOnce(html: string, search: string, replacement: string): string {
  if (!html.includes(search)) throw new Error(`index.html has no ${search}`);
  return html.replace(search, () => replacement);
}

const moduleScript = /\s*<script type="module" crossorigin src="([^"]+)"><\/script>/;
const modulePreload = /\s*<link rel="modulepreload" crossorigin href="([^"]+)">/g;

/**
 * The app's entry and its preloads move from the head to the boot script, which starts them
 * after the first paint: a prerendered page is readable before any of its code arrives. The
 * start-up steps (start-up-steps.ts) go with them, run by the boot script before the entry.
 */
function startAfterPaint(
  page: string,
  base: string,
  { steps, scripts }: Pick<TemplateValues, 'steps' | 'scripts'>,
): string {
  const entry = moduleScript.exec(page)?.[1];
  if (entry === undefined) throw new Error('index.html has no module script');
  const preloads = [
    ...[...page.matchAll(modulePreload)].map((match) => match[1] ?? ''),
    ...scripts.map((file) => base + file),
  ];
  const withoutCode = page.replace(moduleScript, '').replace(modulePreload, '');
  return replaceOnce(
    withoutCode,
    '<meta charset="UTF-8" />',
    `<meta charset="UTF-8" />\n    <script src="${base}boot.js" data-app="${entry}" data-preload="${preloads.join(' ')}" data-steps="${steps.map((file) => base + file).join(' ')}"></script>`,
  );
}

/**
 * The built index.html with a page drawn into it, in its language. Every page carries the boot
 * script: it moves a Spanish or French visitor from an unprefixed (English) address (an
 * invitation, a bookmark) to their language before anything is drawn, then starts the app.
 */
export function fillTemplate(template: string, values: TemplateValues): string {
  const { html, title, path, language, base, styles } = values;
  let page = replaceOnce(template, '<html lang="en">', `<html lang="${language}">`);
  page = replaceOnce(page, '<title>Ascent</title>', `<title>${escapeText(title)}</title>`);
  page = startAfterPaint(page, base, values);
  const links = styles.map((file) => `<link rel="stylesheet" crossorigin href="${base}${file}">`);
  if (links.length > 0) page = replaceOnce(page, '</head>', `${links.join('')}</head>`);
  return replaceOnce(
    page,
    '<div id="root"></div>',
    `<div id="root" data-prerendered="${language}:${path}">${html}</div>`,
  );
}
