import i18next, { type TFunction } from 'i18next';
import { languages, type Language } from '../../src/domain/instrument/settings';
import { collectMessage } from '../../src/features/review/collect/collect-messages';
import type { CollectOutcome } from '../../src/features/review/collect/collect-response';
import { linkErrorMessage } from '../../src/lib/link-error-message';
import type { LinkErrorCode } from '../../src/links/link-result';
import enPages from '../../src/locales/en/pages.json';
import enShell from '../../src/locales/en/shell.json';
import esPages from '../../src/locales/es/pages.json';
import esShell from '../../src/locales/es/shell.json';
import frPages from '../../src/locales/fr/pages.json';
import frShell from '../../src/locales/fr/shell.json';

const texts: Record<Language, Record<string, unknown>> = {
  en: { ...enShell, ...enPages },
  es: { ...esShell, ...esPages },
  fr: { ...frShell, ...frPages },
};

/** i18next answers a missing key with the key itself; this marker makes that impossible to miss. */
const MISSING = '\u0000missing:';

export interface MessageCheck {
  /** A problem with the message the respond page shows for this refusal, or null. */
  respond: (reason: LinkErrorCode) => string | null;
  /** A problem with the message the collect panel shows for this outcome, or null. */
  collect: (outcome: CollectOutcome) => string | null;
}

function problemWith(language: Language, message: string): string | null {
  if (message.startsWith(MISSING))
    return `no ${language} text for ${message.slice(MISSING.length)}`;
  if (message.trim() === '') return `an empty ${language} message`;
  if (message.includes('{{')) return `an unfilled placeholder in the ${language} message`;
  return null;
}

/**
 * The app's own message functions, run against every locale. Results are cached per outcome
 * kind, so the check costs a lookup per input after the first of each kind.
 */
export async function createMessageCheck(): Promise<MessageCheck> {
  const translators = await Promise.all(
    languages.map(async (language): Promise<[Language, TFunction]> => {
      const instance = i18next.createInstance();
      await instance.init({
        lng: language,
        fallbackLng: false,
        resources: { [language]: { translation: texts[language] } },
        interpolation: { escapeValue: false },
        parseMissingKeyHandler: (key: string) => `${MISSING}${key}`,
      });
      return [language, instance.t];
    }),
  );
  const cache = new Map<string, string | null>();
  const check = (key: string, message: (t: TFunction) => string): string | null => {
    const cached = cache.get(key);
    if (cached !== undefined) return cached;
    const problems = translators.flatMap(
      ([language, t]) => problemWith(language, message(t)) ?? [],
    );
    const problem = problems.length === 0 ? null : problems.join('; ');
    cache.set(key, problem);
    return problem;
  };
  return {
    respond: (reason) => check(`respond:${reason}`, (t) => linkErrorMessage(reason, t)),
    collect: (outcome) =>
      check(`collect:${outcome.kind}:${outcome.kind === 'refused' ? outcome.reason : ''}`, (t) =>
        collectMessage(outcome, t),
      ),
  };
}
