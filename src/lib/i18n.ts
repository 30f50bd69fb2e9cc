import i18next, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { isLanguage, languages, type Language } from '../domain/instrument/settings';

type Texts = Record<string, unknown>;
type Loader = () => Promise<{ default: Texts }>;

/**
 * Each language comes in two chunks: the shell (header, home page, banners) needed for the
 * first paint, and the pages' texts, fetched with the first page that needs them. The service
 * worker precaches English; another language is kept for offline use once used (offline-texts).
 */
const shellTexts: Record<Language, Loader> = {
  en: () => import('../locales/en/shell.json'),
  es: () => import('../locales/es/shell.json'),
  fr: () => import('../locales/fr/shell.json'),
};
const pageTexts: Record<Language, Loader> = {
  en: () => import('../locales/en/pages.json'),
  es: () => import('../locales/es/pages.json'),
  fr: () => import('../locales/fr/pages.json'),
};

/** Once any page has asked for its texts, a language switch loads both chunks before it shows. */
let isPagesWanted = false;
const languagesWithPages = new Set<Language>();

const fetchTexts = (language: Language) =>
  Promise.all([
    shellTexts[language](),
    isPagesWanted ? pageTexts[language]() : Promise.resolve({ default: {} }),
  ]);

async function readTexts(language: Language): Promise<Texts> {
  const [shell, pages] = await fetchTexts(language);
  if (isPagesWanted) languagesWithPages.add(language);
  // The two files have disjoint top-level keys, so a shallow merge is a complete one.
  return { ...shell.default, ...pages.default };
}

const lazyBackend: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, _namespace, callback) {
    if (!isLanguage(language)) {
      callback(new Error(`unsupported language ${language}`), null);
      return;
    }
    readTexts(language).then(
      (texts) => {
        callback(null, texts);
      },
      (error: unknown) => {
        callback(error instanceof Error ? error : new Error(String(error)), null);
      },
    );
  },
};

export const i18n = i18next;

/** `withPageTexts` fetches the pages' texts together with the shell, for a first visit to a page. */
export async function initI18n(
  language: Language,
  { withPageTexts = false }: { withPageTexts?: boolean } = {},
): Promise<void> {
  isPagesWanted ||= withPageTexts;
  i18n.on('languageChanged', (current) => {
    document.documentElement.lang = current;
  });
  await i18n
    .use(lazyBackend)
    .use(initReactI18next)
    .init({
      lng: language,
      // Every locale is complete (a unit test checks), so no second language is fetched.
      fallbackLng: false,
      supportedLngs: [...languages],
      load: 'languageOnly',
      interpolation: { escapeValue: false },
      react: { useSuspense: false },
      // Load the texts now rather than on a later tick: the first paint waits for them.
      initAsync: false,
    });
  // Texts that never reached this device (first opened offline): English, not bare keys.
  if (!i18n.hasResourceBundle(language, 'translation')) await i18n.changeLanguage('en');
}

async function addPageTexts(language: Language): Promise<void> {
  if (languagesWithPages.has(language)) return;
  const pages = await pageTexts[language]();
  i18n.addResourceBundle(language, 'translation', pages.default, true, true);
  languagesWithPages.add(language);
}

/** Called by every lazily loaded page, so its texts arrive together with its code. */
export async function loadPageTexts(): Promise<void> {
  isPagesWanted = true;
  if (isLanguage(i18n.language)) await addPageTexts(i18n.language);
}

/**
 * Loads the language's shell (and page texts once pages are in use) before switching to it.
 * Rejects, changing nothing, when they cannot be fetched (offline, never used here before).
 */
export async function changeLanguage(language: Language): Promise<void> {
  await fetchTexts(language);
  await i18n.loadLanguages(language);
  if (isPagesWanted) await addPageTexts(language);
  await i18n.changeLanguage(language);
}
