import { pickLanguage } from '../domain/instrument/settings';
import { initI18n } from '../lib/i18n';
import { appStorage, useAppStore } from '../stores/app-store';
import { warnWhenNearlyFull } from '../stores/storage-usage-watch';
import { pageModuleFor, preloadPageFor } from './page-modules';

/** Loads the language before the first render, so no untranslated text ever flashes. */
export async function prepareApp(): Promise<void> {
  // On a page's first visit its texts come with the language, and its code (already on the way)
  // is awaited too; if it fails, the router tries again and says so.
  // Saved data (the language among it) is read and checked between paints before anything
  // shows; the page's code is on its way meanwhile (early-downloads.ts).
  await useAppStore.persist.rehydrate();
  const chosen = useAppStore.getState().settings.language;
  const { pathname } = window.location;
  await Promise.all([
    initI18n(chosen ?? pickLanguage(navigator.languages), {
      withPageTexts: pageModuleFor(pathname) !== undefined,
    }),
    preloadPageFor(pathname).catch(() => undefined),
  ]);
  warnWhenNearlyFull(appStorage, useAppStore);
  // Ask the browser not to evict saved answers under storage pressure; a refusal changes nothing.
  if ('storage' in navigator && typeof navigator.storage.persist === 'function') {
    navigator.storage.persist().catch(() => undefined);
  }
}
