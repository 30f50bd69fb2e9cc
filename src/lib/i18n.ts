import i18next, { type BackendModule, type ResourceKey } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { languages, type Language } from '../domain/settings';

// One chunk per language, fetched on demand and precached by the service worker for offline use.
const loaders: Record<Language, () => Promise<{ default: ResourceKey }>> = {
  en: () => import('../locales/en.json'),
  es: () => import('../locales/es.json'),
  fr: () => import('../locales/fr.json'),
};

function isLanguage(value: string): value is Language {
  return (languages as readonly string[]).includes(value);
}

const lazyBackend: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, _namespace, callback) {
    if (!isLanguage(language)) {
      callback(new Error(`unsupported language ${language}`), null);
      return;
    }
    loaders[language]().then(
      (module) => {
        callback(null, module.default);
      },
      (error: unknown) => {
        callback(error instanceof Error ? error : new Error(String(error)), null);
      },
    );
  },
};

export const i18n = i18next;

export async function initI18n(language: Language): Promise<void> {
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
    });
}

export async function changeLanguage(language: Language): Promise<void> {
  await i18n.changeLanguage(language);
}
