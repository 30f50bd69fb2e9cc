import { pickLanguage, type Language } from '../domain/instrument/settings';
import { initI18n } from '../lib/i18n';
import { localizedPath, pathLanguage, rememberLanguageChoice } from '../lib/language-path';
import { appStorage, useAppStore } from '../stores/app-store';
import { warnWhenNearlyFull } from '../stores/storage-usage-watch';
import { pageModuleFor, preloadPageFor } from './page-modules';

/**
 * The address names the language (/es/…, /fr/…); an unprefixed address follows the saved choice,
 * then the browser's languages, and moves to that language's address before the first render.
 */
function startLanguage(): Language {
  const { pathname, search, hash } = window.location;
  const fromPath = pathLanguage(pathname);
  if (fromPath) return fromPath;
  const chosen = useAppStore.getState().settings.language;
  // Kept for the boot script, which reads this small key instead of all the saved data.
  if (chosen) rememberLanguageChoice(chosen);
  const language = chosen ?? pickLanguage(navigator.languages);
  const target = localizedPath(pathname, language);
  if (target !== pathname) window.history.replaceState(null, '', `${target}${search}${hash}`);
  return language;
}

/** Loads the language before the first render, so no untranslated text ever flashes. */
export async function prepareApp(): Promise<Language> {
  // Saved data (the language among it) is read and checked between paints before anything
  // renders; the page's code is on its way meanwhile (early-downloads.ts).
  await useAppStore.persist.rehydrate();
  const language = startLanguage();
  // On a page's first visit its texts come with the language, and its code (already on the way)
  // is awaited too; if it fails, the router tries again and says so.
  const { pathname } = window.location;
  await Promise.all([
    initI18n(language, { withPageTexts: pageModuleFor(pathname) !== undefined }),
    preloadPageFor(pathname).catch(() => undefined),
  ]);
  warnWhenNearlyFull(appStorage, useAppStore);
  // Ask the browser not to evict saved answers under storage pressure; a refusal changes nothing.
  if ('storage' in navigator && typeof navigator.storage.persist === 'function') {
    navigator.storage.persist().catch(() => undefined);
  }
  return language;
}
