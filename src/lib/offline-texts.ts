import { useEffect } from 'react';
import { isLanguage, type Language } from '../domain/instrument/settings';
import { i18n } from './i18n';
import { localeChunksFile, localeChunksSchema, textsCacheName } from './locale-chunks';

/**
 * Puts both text chunks of a language into the texts cache, unless a cache (the precache
 * included) already holds them, and drops chunks an earlier version left there. Fetched from
 * the page, as on a first visit the worker does not yet control it.
 */
export async function keepTextsOffline(language: Language): Promise<void> {
  const base = new URL(import.meta.env.BASE_URL, window.location.href);
  const response = await fetch(new URL(localeChunksFile, base), { cache: 'no-cache' });
  if (!response.ok) return;
  const chunks = localeChunksSchema.safeParse(await response.json());
  if (!chunks.success) return;
  const urlOf = (file: string): string => new URL(file, base).href;
  const cache = await caches.open(textsCacheName);
  const current = new Set(Object.values(chunks.data).flat().map(urlOf));
  for (const request of await cache.keys()) {
    if (!current.has(request.url)) await cache.delete(request);
  }
  for (const url of (chunks.data[language] ?? []).map(urlOf)) {
    if (!(await caches.match(url, { ignoreVary: true }))) await cache.add(url);
  }
}

/**
 * Once a service worker is active, keeps the current language for offline use, and again after
 * each switch made online. A failure (the network dropped) is left for the next switch or visit.
 */
export function useTextsKeptOffline(): void {
  useEffect(() => {
    if (!('caches' in window) || !('serviceWorker' in navigator)) return;
    const keep = (language: string): void => {
      if (!navigator.onLine || !isLanguage(language)) return;
      navigator.serviceWorker.ready.then(() => keepTextsOffline(language)).catch(() => undefined);
    };
    keep(i18n.language);
    i18n.on('languageChanged', keep);
    return () => i18n.off('languageChanged', keep);
  }, []);
}
