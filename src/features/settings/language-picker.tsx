import { useTranslation } from 'react-i18next';
import { languageSchema, languages } from '../../domain/instrument/settings';
import { changeLanguage } from '../../lib/i18n';
import { rememberLanguageChoice } from '../../lib/language-path';
import { useAppStore } from '../../stores/app-store';

export function LanguagePicker() {
  const { t, i18n } = useTranslation();
  const setLanguage = useAppStore((state) => state.setLanguage);
  return (
    <label className="language-picker">
      <span>{t('language.label')}</span>
      <select
        value={i18n.language}
        onChange={(event) => {
          const result = languageSchema.safeParse(event.target.value);
          if (!result.success) return;
          setLanguage(result.data);
          rememberLanguageChoice(result.data);
          void changeLanguage(result.data);
        }}
      >
        {languages.map((language) => (
          <option key={language} value={language} lang={language}>
            {t(`language.${language}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
