import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { languageSchema, languages } from '../../domain/instrument/settings';
import { changeLanguage } from '../../lib/i18n';
import { rememberLanguageChoice } from '../../lib/language-path';
import { useHydrated } from '../../lib/use-hydrated';
import { useAppStore } from '../../stores/app-store';

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
              () => setUnavailable(true),
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
