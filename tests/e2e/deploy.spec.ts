import { mainHeading } from './support/app';
import { expect, test } from './support/fixtures';
import { translator } from './support/locales';
import { waitUntilControlled } from './support/offline';
import { startCaddy, startNginx, type StaticServer } from './support/static-servers';

// The configurations in deploy/ run here as shipped: a header or rewrite that breaks fails CI.
const basePort = Number(process.env.E2E_PORT ?? 4173) + 20;
const servers = [
  { name: 'nginx', start: startNginx, port: basePort },
  { name: 'Caddy', start: startCaddy, port: basePort + 1 },
];

const t = translator('en');

for (const { name, start, port } of servers) {
  test.describe(`served by ${name} with deploy/`, () => {
    test.describe.configure({ mode: 'serial' });
    test.use({ baseURL: `http://127.0.0.1:${String(port)}`, serviceWorkers: 'allow' });
    let server: StaticServer | undefined;
    test.beforeAll(async () => {
      server = await start(port);
    });
    test.afterAll(async () => {
      await server?.stop();
    });

    test('sends the security headers, and caches only hashed files', async ({ request }) => {
      const page = await request.get('/plan/case');
      expect(page.status()).toBe(200);
      const headers = page.headers();
      expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(headers['content-security-policy']).toContain("script-src 'self'");
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['referrer-policy']).toBe('no-referrer');
      expect(headers['cache-control']).toBe('no-cache');
      expect(headers['server'] ?? '').not.toMatch(/\d/);

      const html = await page.text();
      const asset = /\/assets\/[\w.-]+\.js/.exec(html)?.[0] ?? '';
      expect(asset, 'index.html names a hashed script').not.toBe('');
      const script = await request.get(asset);
      expect(script.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(script.headers()['content-type']).toMatch(/javascript/);

      const worker = await request.get('/sw.js');
      expect(worker.headers()['cache-control']).toBe('no-cache');
      expect((await request.get('/assets/no-such-file.js')).status()).toBe(404);
      expect((await request.get('/no-such-file.png')).status()).toBe(404);
    });

    test('answers each address with its prerendered page, in its language', async ({ request }) => {
      for (const [language, path] of [
        ['en', '/plan/case'],
        ['es', '/es/respond'],
        ['fr', '/fr'],
      ] as const) {
        const html = await (await request.get(path)).text();
        expect(html, path).toContain(`<html lang="${language}">`);
        expect(html, path).toContain(`data-prerendered="${language}:`);
      }
      // Every review's report is one prerendered page, in the address's language.
      for (const [language, path] of [
        ['en', '/reviews/some-id/report'],
        ['fr', '/fr/reviews/some-id/report'],
      ] as const) {
        const html = await (await request.get(path)).text();
        expect(html, path).toContain(`data-prerendered="${language}:/reviews/_/report"`);
      }
      // An address the build did not prerender gets the empty shell, which the app draws.
      const shell = await (await request.get('/reviews/some-id')).text();
      expect(shell).toContain('<div id="root"></div>');
    });

    test('draws a page with its inlined style under both policies', async ({ page, request }) => {
      const served = await request.get('/plan/case');
      expect(served.headers()['content-security-policy']).toContain(
        "style-src 'self' 'unsafe-inline';",
      );
      // As sent, the page's sheets are in its one <style>; their links stay, disabled.
      const html = await served.text();
      expect(html.match(/<style>/g)).toHaveLength(1);
      const links = html.match(/<link rel="stylesheet"[^>]*>/g) ?? [];
      expect(links.length).toBeGreaterThan(0);
      for (const link of links) expect(link).toMatch(/ disabled>$/);
      await page.goto('/plan/case');
      // Once started, the app has loaded the page's code without adding its sheets a second time.
      await expect(page.locator('html[data-started]')).toBeAttached();
      await expect(page.locator('link[rel="stylesheet"]:not([disabled])')).toHaveCount(0);
      // The page's <meta> names its one <style> by hash (SECURITY.md): the browser applies it
      // (body's margin comes from it) and reports no violation (the fixture checks the console).
      await expect(page.locator('head > style')).toHaveCount(1);
      await expect(page.locator('body')).toHaveCSS('margin', '0px');
      const meta = page.locator('meta[http-equiv="Content-Security-Policy"]');
      await expect(meta).toHaveAttribute('content', /style-src 'self' 'sha256-[\w+/]+=*';/);
    });

    test('opens deep links, survives reloads and starts offline', async ({ page, context }) => {
      await page.goto('/settings');
      await expect(mainHeading(page, t('settings.title'))).toBeVisible();
      await page.reload();
      await expect(mainHeading(page, t('settings.title'))).toBeVisible();
      await page.goto('/reviews');
      await expect(mainHeading(page, t('reviews.title'))).toBeVisible();
      await page.goto('/fr/plan/case');
      await expect(mainHeading(page, translator('fr')('plan.case.title'))).toBeVisible();
      await page.goto('/no/such/page');
      await expect(mainHeading(page, t('errors.notFoundTitle'))).toBeVisible();
      // The server's own name for the home page leads home, not to "page not found".
      await page.goto('/index.html');
      await expect(mainHeading(page, t('home.title'))).toBeVisible();
      await expect(page).toHaveURL(/\/$/);
      await page.goto('/en/plan/case');
      await expect(mainHeading(page, t('plan.case.title'))).toBeVisible();
      await expect(page).toHaveURL(/\/plan\/case$/);

      await waitUntilControlled(page);
      await context.setOffline(true);
      const offline = await page.goto('/reviews');
      expect(offline?.fromServiceWorker()).toBe(true);
      await expect(mainHeading(page, t('reviews.title'))).toBeVisible();
      await page.goto('/somewhere/unknown');
      await expect(mainHeading(page, t('errors.notFoundTitle'))).toBeVisible();
    });
  });
}
