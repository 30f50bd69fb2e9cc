import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import {
  chooseLanguage,
  headerLanguageSelect,
  itemGroup,
  mainHeading,
  startAssessment,
} from './support/app';
import { expect, test } from './support/fixtures';
import { translator } from './support/locales';
import { textChunks, waitUntilTextsCached } from './support/offline';
import { openPlan } from './support/plan';

// A visitor whose browser speaks Spanish: the app opens in Spanish on the first visit.
test.use({ serviceWorkers: 'allow', locale: 'es-ES' });

const en = translator('en');
const es = translator('es');
const fr = translator('fr');

/** The first visit, online; then the network goes and the page reloads from the worker. */
async function visitThenGoOffline(page: Page, context: BrowserContext): Promise<void> {
  await page.goto('/');
  await expect(mainHeading(page, es('home.title'))).toBeVisible();
  // The page is not yet controlled: the app itself puts its language into the cache.
  await waitUntilTextsCached(page, 'es');
  await context.setOffline(true);
  const reloaded = await page.reload();
  expect(reloaded?.fromServiceWorker(), 'the page comes from the service worker').toBe(true);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
}

test('only English texts are precached; a Spanish visitor keeps Spanish offline after the first visit', async ({
  page,
  context,
}) => {
  const worker = readFileSync(new URL('../../dist/sw.js', import.meta.url), 'utf8');
  for (const chunk of textChunks('en')) expect(worker).toContain(chunk.slice(1));
  for (const chunk of [...textChunks('es'), ...textChunks('fr')]) {
    expect(worker).not.toContain(chunk.slice(1));
  }

  await visitThenGoOffline(page, context);
  await expect(mainHeading(page, es('home.title'))).toBeVisible();

  // Pages never opened online need the pages' texts, which came with the shell's.
  await startAssessment(page, es);
  await expect(itemGroup(page, es, 0, 0)).toBeVisible();
  await openPlan(page, es);
  await context.setOffline(false);
});

test('offline, a language never used here leaves the page as it is and says why; English and later languages work', async ({
  page,
  context,
}) => {
  await visitThenGoOffline(page, context);
  await page.goto('/settings');
  await expect(mainHeading(page, es('settings.title'))).toBeVisible();

  const select = headerLanguageSelect(page, es);
  await select.selectOption({ label: es('language.fr') });
  await expect(page.getByRole('banner').getByRole('alert')).toHaveText(es('language.unavailable'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(select).toHaveValue('es');
  await expect(mainHeading(page, es('settings.title'))).toBeVisible();

  // English, the fallback, is always on the device.
  await chooseLanguage(page, 'es', 'en');
  await expect(mainHeading(page, en('settings.title'))).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);

  // Back online, French comes, and from then on it works offline too.
  await context.setOffline(false);
  await chooseLanguage(page, 'en', 'fr');
  await waitUntilTextsCached(page, 'fr');
  await context.setOffline(true);
  await page.reload();
  await expect(mainHeading(page, fr('settings.title'))).toBeVisible();
  await page.goto('/assessment');
  await expect(mainHeading(page, fr('assessment.introTitle'))).toBeVisible();
  await context.setOffline(false);
});

test('opened offline without its texts (say, an update installed offline), the app speaks English rather than showing keys', async ({
  page,
  context,
}) => {
  await visitThenGoOffline(page, context);
  await page.evaluate(async () => {
    for (const name of await caches.keys()) {
      if (!name.startsWith('workbox-precache')) await caches.delete(name);
    }
  });
  await page.reload();
  await expect(mainHeading(page, en('home.title'))).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.goto('/assessment');
  await expect(mainHeading(page, en('assessment.introTitle'))).toBeVisible();
  await context.setOffline(false);
});
