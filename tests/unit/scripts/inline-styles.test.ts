import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineStyles, styleHash } from '../../../scripts/prerender/inline-styles';

const page = `<head>
<meta http-equiv="Content-Security-Policy" content="default-src &#39;self&#39;; style-src &#39;self&#39;; img-src &#39;self&#39;">
<link rel="icon" href="/base/favicon.svg" type="image/svg+xml" />
<link rel="stylesheet" crossorigin href="/base/assets/index-1.css">
<link rel="manifest" href="/base/manifest.webmanifest">
<link rel="stylesheet" crossorigin href="/base/assets/plan-2.css"></head>
<body><h1>Plan</h1></body>`;

const sheets: Record<string, string> = {
  '/base/assets/index-1.css': 'body{margin:0}',
  '/base/assets/plan-2.css': '.plan{gap:1rem}',
};
const read = (href: string) => sheets[href] ?? '';

describe('inlining a prerendered page’s style sheets', () => {
  it('puts them, in order, into one style element where the first link was', () => {
    const html = inlineStyles(page, read);
    expect(html).toContain(
      '<link rel="icon" href="/base/favicon.svg" type="image/svg+xml" />\n<style>body{margin:0}\n.plan{gap:1rem}</style>\n<link rel="manifest" href="/base/manifest.webmanifest">\n</head>',
    );
  });

  it('leaves each link disabled at the end of the body, so the app does not add that sheet again', () => {
    const html = inlineStyles(page, read);
    expect(html).toContain(
      '<h1>Plan</h1><link rel="stylesheet" href="/base/assets/index-1.css" disabled><link rel="stylesheet" href="/base/assets/plan-2.css" disabled></body>',
    );
    expect(html.match(/<link rel="stylesheet"/g)).toHaveLength(2);
  });

  it('allows that style, and no other, in the page’s policy', () => {
    const html = inlineStyles(page, read);
    const css = 'body{margin:0}\n.plan{gap:1rem}';
    const hash = createHash('sha256').update(css).digest('base64');
    expect(styleHash(css)).toBe(`sha256-${hash}`);
    expect(html).toContain(
      `style-src &#39;self&#39; &#39;sha256-${hash}&#39;; img-src &#39;self&#39;">`,
    );
    expect(html).not.toContain('unsafe-inline');
  });

  it('leaves a page without style sheets as it is', () => {
    const bare = '<head><meta http-equiv="Content-Security-Policy" content="style-src x"></head>';
    expect(inlineStyles(bare, read)).toBe(bare);
  });

  it('refuses a page whose policy cannot name the style, a page without a body, and a sheet that would end it early', () => {
    const withoutPolicy = page.replace(/<meta[^>]*>/, '');
    expect(() => inlineStyles(withoutPolicy, read)).toThrow(/style-src/);
    expect(() => inlineStyles(page.replace('</body>', ''), read)).toThrow(/<\/body>/);
    expect(() => inlineStyles(page, () => 'a::after{content:"</style>"}')).toThrow(/<\//);
  });
});
