import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import type { Language } from '../../../domain/instrument/settings';
import { i18n } from '../../../lib/i18n';
import { i18nLanguage } from '../../../lib/language';

/** Any key of the pages' texts: its presence says the language's page texts are loaded. */
const PAGES_KEY = 'team.guide.title';

function hasPageTexts(language: Language): boolean {
  return i18n.exists(PAGES_KEY, { lng: language });
}

/**
 * A translator fixed to `language`, which need not be the app's: a guide is printed in the
 * person's language. A language first loaded before any page asked for texts holds its shell
 * only, so it is read again. Null until loaded; the app's language if loading fails.
 */
export function useTextsIn(language: Language): TFunction | null {
  const [ready, setReady] = useState<Language | null>(() =>
    hasPageTexts(language) ? language : null,
  );
  useEffect(() => {
    let isCurrent = true;
    const load = async () => {
      await i18n.loadLanguages(language);
      if (!hasPageTexts(language)) await i18n.reloadResources(language);
      return hasPageTexts(language) ? language : null;
    };
    load().then(
      (loaded) => {
        if (isCurrent) setReady(loaded ?? i18nLanguage(i18n.language));
      },
      () => {
        if (isCurrent) setReady(i18nLanguage(i18n.language));
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [language]);
  return ready === null ? null : i18n.getFixedT(ready);
}
