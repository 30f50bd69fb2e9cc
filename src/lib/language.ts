import { languageSchema, type Language } from '../domain/instrument/settings';

/** The app's language as a supported code (i18next reports whatever it was given). */
export function i18nLanguage(value: string): Language {
  const result = languageSchema.safeParse(value.slice(0, 2));
  return result.success ? result.data : 'en';
}
