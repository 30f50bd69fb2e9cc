import * as z from 'zod/mini';

export const languages = ['en', 'es', 'fr'] as const;
export const languageSchema = z.enum(languages);
export type Language = z.infer<typeof languageSchema>;

export const settingsSchema = z.object({
  /** null: follow the browser's language. */
  language: z.nullable(languageSchema),
});
export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings: Settings = { language: null };

/** The first supported language in the browser's preference list, English otherwise. */
export function isLanguage(value: string): value is Language {
  return (languages as readonly string[]).includes(value);
}

export function pickLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    const match = languages.find((language) => language === base);
    if (match) return match;
  }
  return 'en';
}
