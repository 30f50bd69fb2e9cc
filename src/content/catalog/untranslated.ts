import type { LocalizedText } from '../../domain/plan/catalog';

/** Program titles and proper names stay in their original English in every language. */
export function untranslated(text: string): LocalizedText {
  return { en: text, es: text, fr: text };
}
