import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { languageSchema, languages, type Language } from '../../domain/instrument/settings';
import { changeLanguage } from '../../lib/i18n';
import { localizedPath, rememberLanguageChoice } from '../../lib/language-path';
import { useHydrated } from '../../lib/use-hydrated';
import { useAppStore } from '../../stores/app-store';

/** Languages whose texts failed to load in this page. */
const failedLanguages = new Set<Language>();

/**
 * Switches only once the language's texts are here. Offline, a language never used on this
 * device cannot come: the page stays as it is and says why.
 */
export function LanguagePicker() {
  const { t, i18n } = useTranslation();
  const setLanguage = useAppStore((state) => state.setLanguage);
  const [isUnavailable, setUnavailable] = useState(false);
  // A choice made in the prerendered page, before the app runs, would be lost.
  const isReady = useHydrated();
  return (
    <>
      <label className="language-picker">
        <span>{t('language.label')}</span>
        <select
          value={i18n.language}
          disabled={!isReady}
          onChange={(event) => {
            const result = languageSchema.safeParse(event.target.value);
            if (!result.success) return;
            setUnavailable(false);
            changeLanguage(result.data).then(
              () => {
                setLanguage(result.data);
                rememberLanguageChoice(result.data);
              },
              () => {
                // Chromium keeps a failed import for the page's life, so asking again in this
                // page would fail at once even online: a second try opens the page afresh in
                // that language, which fetches its texts anew.
                if (!failedLanguages.has(result.data)) {
                  failedLanguages.add(result.data);
                  setUnavailable(true);
                  return;
                }
                setLanguage(result.data);
                rememberLanguageChoice(result.data);
                const { pathname, search, hash } = window.location;
                window.location.assign(`${localizedPath(pathname, result.data)}${search}${hash}`);
              },
            );
          }}
        >
          {languages.map((language) => (
            <option key={language} value={language} lang={language}>
              {t(`language.${language}`)}
            </option>
          ))}
        </select>
      </label>
      {isUnavailable ? (
        <p className="notice notice-warning language-unavailable" role="alert">
          {t('language.unavailable')}
        </p>
      ) : null}
    </>
  );
}
