import { isLanguage, type Language } from '../domain/instrument/settings';

/**
 * Each language has its own addresses: English at the app's root, Spanish and French under /es/
 * and /fr/. The build writes every page in every language, so a visitor gets the HTML of their
 * language straight from the server, and a link shared in French opens in French.
 */
const base = import.meta.env.BASE_URL;

/** Where the boot script (public/boot.js) reads a visitor's explicit choice. */
export const LANGUAGE_CHOICE_KEY = 'ascent:language';

function withinBase(pathname: string): string {
  return pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\/+/, '');
}

/** The language a path names (/es/…, /fr/…), or null for an unprefixed (English or legacy) path. */
export function pathLanguage(pathname: string): Language | null {
  const segment = withinBase(pathname).split('/')[0] ?? '';
  return segment !== 'en' && isLanguage(segment) ? segment : null;
}

/** The router's basename for a language: "/" (or the sub-path) for English, "/es" for Spanish. */
export function languageBasename(language: Language): string {
  const root = base.replace(/\/$/, '');
  if (language === 'en') return root || '/';
  return `${root}/${language}`;
}

/** The path inside the app, without base and language: "/", "/plan/case". */
export function appPath(pathname: string): string {
  const rest = withinBase(pathname);
  const withoutLanguage = pathLanguage(pathname) === null ? rest : rest.replace(/^\w+\/?/, '');
  return `/${withoutLanguage}`;
}

/** The same page in another language. */
export function localizedPath(pathname: string, language: Language): string {
  const inner = appPath(pathname);
  const root = languageBasename(language);
  if (inner === '/') return language === 'en' ? base : root;
  return `${root === '/' ? '' : root}${inner}`;
}

/** Remembers an explicit choice for the boot script; a refused write only costs a redirect. */
export function rememberLanguageChoice(language: Language): void {
  try {
    globalThis.localStorage.setItem(LANGUAGE_CHOICE_KEY, language);
  } catch {
    // Private modes may refuse storage: the choice then lasts for this visit only.
  }
}
