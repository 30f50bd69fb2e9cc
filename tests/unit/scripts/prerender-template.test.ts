import { describe, expect, it } from 'vitest';
import { fillTemplate } from '../../../scripts/prerender/template';

// The shape Vite writes: the entry as a module script, its imports as modulepreloads.
const built = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <title>Ascent</title>
    <script type="module" crossorigin src="/base/assets/app-1.js"></script>
    <link rel="modulepreload" crossorigin href="/base/assets/react-2.js">
    <link rel="modulepreload" crossorigin href="/base/assets/i18n-3.js">
    <link rel="stylesheet" crossorigin href="/base/assets/index-4.css">
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;

const page = (overrides: Partial<Parameters<typeof fillTemplate>[1]> = {}) =>
  fillTemplate(built, {
    html: '<main><h1>Plan de desarrollo</h1></main>',
    title: 'Plan <de> desarrollo',
    path: '/plan',
    language: 'es',
    base: '/base/',
    styles: [],
    scripts: [],
    steps: ['assets/early-react-5.js', 'assets/early-stores-6.js'],
    ...overrides,
  });

describe('a prerendered page', () => {
  it('is in its language, with its title escaped and its HTML marked with page and language', () => {
    const html = page();
    expect(html).toContain('<html lang="es">');
    expect(html).toContain('<title>Plan &lt;de&gt; desarrollo</title>');
    expect(html).toContain(
      '<div id="root" data-prerendered="es:/plan"><main><h1>Plan de desarrollo</h1></main></div>',
    );
  });

  it('names no code to fetch before the first paint: the boot script starts it', () => {
    const html = page();
    expect(html).not.toMatch(/type="module"/);
    expect(html).not.toMatch(/modulepreload/);
    expect(html).toContain(
      '<script src="/base/boot.js" data-app="/base/assets/app-1.js" data-preload="/base/assets/react-2.js /base/assets/i18n-3.js" data-steps="/base/assets/early-react-5.js /base/assets/early-stores-6.js"></script>',
    );
  });

  it('has the boot script preload the page’s own code after the app’s', () => {
    const html = page({ scripts: ['assets/plan-page-7.js', 'assets/goal-8.js'] });
    expect(html).toContain(
      'data-preload="/base/assets/react-2.js /base/assets/i18n-3.js /base/assets/plan-page-7.js /base/assets/goal-8.js"',
    );
  });

  it('keeps the blocking style sheet and links the page’s own after it', () => {
    const html = page({ styles: ['assets/plan-5.css'] });
    const shared = html.indexOf('index-4.css');
    const own = html.indexOf('<link rel="stylesheet" crossorigin href="/base/assets/plan-5.css">');
    expect(shared).toBeGreaterThan(0);
    expect(own).toBeGreaterThan(shared);
  });

  it('refuses a template it does not recognise rather than writing a page that never starts', () => {
    expect(() =>
      fillTemplate(built.replace(/<script type="module"[^>]*><\/script>/, ''), {
        html: '',
        title: '',
        path: '/',
        language: 'en',
        base: '/',
        styles: [],
        scripts: [],
        steps: [],
      }),
    ).toThrow(/module script/);
  });
});
