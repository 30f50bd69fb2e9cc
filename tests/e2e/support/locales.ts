import { readFileSync } from 'node:fs';

/**
 * The visible texts come from the app's own locale files, so a reworded label changes the tests
 * with it. Lookups are strict: a missing key fails loudly instead of matching nothing.
 */
export const languages = ['en', 'es', 'fr'] as const;
export type Lang = (typeof languages)[number];

type Vars = Record<string, string | number>;

const cache = new Map<Lang, unknown>();

function load(lang: Lang): unknown {
  let messages = cache.get(lang);
  if (messages === undefined) {
    // Each language is split into the shell and the pages' texts, with disjoint top-level keys.
    const read = (part: string): object => {
      const url = new URL(`../../../src/locales/${lang}/${part}.json`, import.meta.url);
      const parsed: unknown = JSON.parse(readFileSync(url, 'utf8'));
      return typeof parsed === 'object' && parsed !== null ? parsed : {};
    };
    messages = { ...read('shell'), ...read('pages') };
    cache.set(lang, messages);
  }
  return messages;
}

function lookup(lang: Lang, key: string): string | undefined {
  let node: unknown = load(lang);
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null || !(part in node)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** Translates like i18next: `{{name}}` interpolation and `_one`/`_other` plurals on `count`. */
export function tr(lang: Lang, key: string, vars: Vars = {}): string {
  const { count } = vars;
  const plural =
    typeof count === 'number'
      ? lookup(lang, `${key}_${new Intl.PluralRules(lang).select(count)}`)
      : undefined;
  const template = plural ?? lookup(lang, key);
  if (template === undefined) throw new Error(`No text for "${key}" in ${lang}.json`);
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => {
    const value = vars[name];
    return value === undefined ? whole : String(value);
  });
}

/** A translator bound to one language: `const t = translator('es'); t('results.title')`. */
export function translator(lang: Lang): (key: string, vars?: Vars) => string {
  return (key, vars) => tr(lang, key, vars);
}

/** Escapes text for use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The address of an app path in a language: English unprefixed, "/es/plan" for the others. */
export function addressIn(path: string, language: Lang): string {
  if (language === 'en') return path;
  return path === '/' ? `/${language}` : `/${language}${path}`;
}
