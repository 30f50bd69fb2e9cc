import { createHash } from 'node:crypto';

const styleLink = /<link rel="stylesheet"[^>]* href="([^"]+)"\s*\/?>/g;
const policyMeta = /(<meta http-equiv="Content-Security-Policy" content=")([^"]*)(")/;

/** The value a Content-Security-Policy names an inline `<style>` by. */
export function styleHash(css: string): string {
  return `sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}`;
}

/**
 * A prerendered page with its style sheets inlined: one `<style>` where the first link was, and
 * its hash added to the page's own policy (the `<meta>`), so it is the only inline style allowed.
 * A linked sheet is one more round trip before the first paint on a slow network; inlined, the
 * page draws as soon as its HTML and the boot script are in. `readStyle` reads a linked file by
 * its address. The service worker's shell (app.html) keeps its links: it is drawn from the cache.
 *
 * Each link stays in the page, `disabled`: the browser neither fetches nor applies it, but the
 * app's loader, which adds a lazy page's sheets unless a link to them is already there, then
 * leaves them out. Added again, every rule would be in the page twice, and the first render of
 * the saved data would match each element against both copies (the plan: 561 elements restyled
 * in one frame, 29–32 ms instead of 40 at 4× CPU slowdown). They go at the end of the body,
 * after everything drawn, so the bytes before the content stay as they were.
 */
export function inlineStyles(page: string, readStyle: (href: string) => string): string {
  const hrefs = [...page.matchAll(styleLink)].map((match) => match[1] ?? '');
  if (hrefs.length === 0) return page;
  const css = hrefs.map(readStyle).join('\n');
  if (css.includes('</')) throw new Error('a style sheet contains "</" and cannot be inlined');
  const policy = policyMeta.exec(page)?.[2]?.replaceAll('&#39;', "'") ?? '';
  if (!/(^|;\s*)style-src /.test(policy))
    throw new Error('the page has no style-src in its policy');
  const allowed = policy.replace(/((?:^|;\s*)style-src [^;]*)/, `$1 '${styleHash(css)}'`);
  if (!page.includes('</body>')) throw new Error('the page has no </body> to keep its links in');
  const links = hrefs.map((href) => `<link rel="stylesheet" href="${href}" disabled>`).join('');
  let isFirst = true;
  return page
    .replace(styleLink, () => {
      if (!isFirst) return '';
      isFirst = false;
      return `<style>${css}</style>`;
    })
    .replace('</body>', `${links}</body>`)
    .replace(policyMeta, (_, open: string, _old: string, close: string) => {
      return `${open}${allowed.replaceAll("'", '&#39;')}${close}`;
    });
}
