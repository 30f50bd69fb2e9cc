import { pickLanguage } from '../domain/settings';
import { initI18n } from '../lib/i18n';
import { appStorage, useAppStore } from '../stores/app-store';
import { warnWhenNearlyFull } from '../stores/storage-usage-watch';
import { pageModuleFor } from './page-modules';

/** Loads the language before the first render, so no untranslated text ever flashes. */
export async function prepareApp(): Promise<void> {
  const chosen = useAppStore.getState().settings.language;
  const page = pageModuleFor(window.location.pathname);
  // A failed download is retried, and reported, by the router when it renders the page.
  page?.().catch(() => undefined);
  await initI18n(chosen ?? pickLanguage(navigator.languages), {
    withPageTexts: page !== undefined,
  });
  warnWhenNearlyFull(appStorage, useAppStore);
  // Ask the browser not to evict saved answers under storage pressure; a refusal changes nothing.
  if ('storage' in navigator && typeof navigator.storage.persist === 'function') {
    navigator.storage.persist().catch(() => undefined);
  }
}
