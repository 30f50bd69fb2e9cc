import type { PrerenderLanguage } from './routes';

export interface TemplateValues {
  html: string;
  title: string;
  path: string;
  language: PrerenderLanguage;
  base: string;
  /** The page's own style sheets (dist-relative), linked after the app's. */
  styles: string[];
}

const escapeText = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function replaceOnce(html: string, search: string, replacement: string): string {
  if (!html.includes(search)) throw new Error(`index.html has no ${search}`);
  return html.replace(search, () => replacement);
}

/**
 * The built index.html with a page drawn into it. English pages sit at unprefixed addresses that
 * a Spanish or French visitor may also open (an invitation, a bookmark), so they alone carry the
 * boot script that moves such a visitor to their language before anything is drawn.
 */
export function fillTemplate(template: string, values: TemplateValues): string {
  const { html, title, path, language, base, styles } = values;
  let page = replaceOnce(template, '<html lang="en">', `<html lang="${language}">`);
  page = replaceOnce(page, '<title>Ascent</title>', `<title>${escapeText(title)}</title>`);
  if (language === 'en') {
    page = replaceOnce(
      page,
      '<meta charset="UTF-8" />',
      `<meta charset="UTF-8" />\n    <script src="${base}language.js"></script>`,
    );
  }
  const links = styles.map((file) => `<link rel="stylesheet" crossorigin href="${base}${file}">`);
  if (links.length > 0) page = replaceOnce(page, '</head>', `${links.join('')}</head>`);
  return replaceOnce(
    page,
    '<div id="root"></div>',
    `<div id="root" data-prerendered="${language}:${path}">${html}</div>`,
  );
}
