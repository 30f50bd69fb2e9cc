import { pickLanguage } from '../domain/instrument/settings';
import { initI18n } from '../lib/i18n';
import { appStorage, storedDataRead, useAppStore } from '../stores/app-store';
import { warnWhenNearlyFull } from '../stores/storage-usage-watch';
import { pageModuleFor, preloadPageFor } from './page-modules';

/** Loads the language before the first render, so no untranslated text ever flashes. */
export async function prepareApp(): Promise<void> {
  // On a page's first visit its texts come with the language, and its code (already on the way)
  // is awaited too; if it fails, the router tries again and says so.
  const { pathname } = window.location;
  const page = preloadPageFor(pathname).catch(() => undefined);
  // The saved language is part of the saved data, which is checked between paints first.
  await storedDataRead;
  const chosen = useAppStore.getState().settings.language;
  await Promise.all([
    initI18n(chosen ?? pickLanguage(navigator.languages), {
      withPageTexts: pageModuleFor(pathname) !== undefined,
    }),
    page,
  ]);
  warnWhenNearlyFull(appStorage, useAppStore);
  // Ask the browser not to evict saved answers under storage pressure; a refusal changes nothing.
  if ('storage' in navigator && typeof navigator.storage.persist === 'function') {
    navigator.storage.persist().catch(() => undefined);
  }
}
