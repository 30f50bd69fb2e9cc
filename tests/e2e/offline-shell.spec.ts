import type { Page } from '@playwright/test';
import { chooseLanguage, mainHeading } from './support/app';
import { expect, test } from './support/fixtures';
import { translator } from './support/locales';
import { textChunks, waitUntilControlled, waitUntilTextsCached } from './support/offline';

// Offline, every address gets the service worker's empty shell (app.html); its preload script
// (public/boot.js, marked data-shell) asks for the page's code, texts and saved-data check up front.
test.use({ serviceWorkers: 'allow', locale: 'es-ES' });

const en = translator('en');
const es = translator('es');

/** The files the shell linked before the app ran, as paths. */
function shellLinks(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLLinkElement>('head link[rel=modulepreload]')].map(
      (link) => new URL(link.href).pathname,
    ),
  );
}

function styleSheets(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLLinkElement>('link[rel=stylesheet]')].map(
      (link) => new URL(link.href).pathname,
    ),
  );
}

const named = (files: string[], name: string) =>
  files.filter((file) => new RegExp(`/${name}-[\\w-]+\\.(js|css)$`).test(file));

test('offline, a sub-page in Spanish starts with its code, its styles and its texts asked for at once', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await expect(mainHeading(page, es('home.title'))).toBeVisible();
  await waitUntilTextsCached(page, 'es');
  await waitUntilControlled(page);
  await context.setOffline(true);

  await page.goto('/es/plan/catalog');
  await expect(mainHeading(page, es('plan.catalog.title'))).toBeVisible();
  const links = await shellLinks(page);
  // The plan's code (its parent page) and the catalog's own, with the Spanish texts.
  expect(named(links, 'plan-routes')).toHaveLength(1);
  expect(named(links, 'catalog-page')).toHaveLength(1);
  expect(links).toEqual(expect.arrayContaining(textChunks('es')));
  for (const chunk of textChunks('en')) expect(links).not.toContain(chunk);
  // Nothing saved yet, so no checker of saved data.
  expect(named(links, 'check-in-slices')).toEqual([]);
  // The page's style sheets, linked by the shell, are ones the app's loader did not add again.
  const sheets = await styleSheets(page);
  expect(named(sheets, 'plan-routes')).toHaveLength(1);
  expect(new Set(sheets).size).toBe(sheets.length);
});

test('offline, an unprefixed address starts with the saved language’s texts and the checker of saved data', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await expect(mainHeading(page, es('home.title'))).toBeVisible();
  // The Spanish browser's visitor chose English: that, not the browser, names the texts.
  await chooseLanguage(page, 'es', 'en');
  await waitUntilControlled(page);
  await expect.poll(() => page.evaluate(() => localStorage.getItem('ascent:data'))).not.toBeNull();
  await context.setOffline(true);

  await page.goto('/settings');
  await expect(mainHeading(page, en('settings.title'))).toBeVisible();
  const links = await shellLinks(page);
  expect(named(links, 'settings-page')).toHaveLength(1);
  expect(links).toEqual(expect.arrayContaining(textChunks('en')));
  for (const chunk of textChunks('es')) expect(links).not.toContain(chunk);
  expect(named(links, 'check-in-slices')).toHaveLength(1);
});
