import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import {
  localeChunksFile,
  localeChunksSchema,
  textsCacheName,
} from '../../../src/lib/locale-chunks';
import type { Lang } from './locales';

const dist = new URL('../../../dist/', import.meta.url);

/** Waits until the service worker is active and controls this page (one reload if it does not yet). */
export async function waitUntilControlled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  const isControlled = await page.evaluate(() => navigator.serviceWorker.controller !== null);
  if (!isControlled) await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** The built text chunks of a language (shell and pages), as paths: "/assets/locale-es-….js". */
export function textChunks(lang: Lang): string[] {
  const source: unknown = JSON.parse(readFileSync(new URL(localeChunksFile, dist), 'utf8'));
  const files = localeChunksSchema.parse(source)[lang] ?? [];
  if (files.length !== 2) throw new Error(`${lang}: expected two text chunks in the build`);
  return files.map((file) => `/${file}`);
}

/** The text chunks of the language that are in the texts cache (English is precached instead). */
export function cachedTextChunks(page: Page, lang: Lang): Promise<string[]> {
  return page.evaluate(
    async ({ cacheName, paths }) => {
      const cache = await caches.open(cacheName);
      const found = await Promise.all(paths.map((path) => cache.match(path, { ignoreVary: true })));
      return paths.filter((_path, index) => found[index] !== undefined);
    },
    { cacheName: textsCacheName, paths: textChunks(lang) },
  );
}

/** Waits, by reading the Cache Storage, until the language's texts are kept for offline use. */
export async function waitUntilTextsCached(page: Page, lang: Lang): Promise<void> {
  // Installing the worker downloads the whole precache first: seconds on a busy machine.
  await expect
    .poll(() => cachedTextChunks(page, lang), { timeout: 30_000 })
    .toEqual(textChunks(lang));
}
