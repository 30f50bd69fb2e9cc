import { describe, expect, it } from 'vitest';
import { itemBank } from '../../../src/content/item-bank';
import { languages } from '../../../src/domain/instrument/settings';
import { skillIds } from '../../../src/domain/instrument/skills';
import { readinessLevels } from '../../../src/domain/assessment/readiness';
import enPages from '../../../src/locales/en/pages.json';
import enShell from '../../../src/locales/en/shell.json';
import esPages from '../../../src/locales/es/pages.json';
import esShell from '../../../src/locales/es/shell.json';
import frPages from '../../../src/locales/fr/pages.json';
import frShell from '../../../src/locales/fr/shell.json';

/** Each language is split into the shell (first paint) and the pages' texts; together they are the locale. */
const locales: Record<(typeof languages)[number], unknown> = {
  en: { ...enShell, ...enPages },
  es: { ...esShell, ...esPages },
  fr: { ...frShell, ...frPages },
};

const shellKeys = Object.keys(enShell);

/** Flattens nested translations to `a.b.c → text`. */
function flatten(value: unknown, prefix = ''): Map<string, string> {
  const result = new Map<string, string>();
  if (typeof value === 'string') {
    result.set(prefix, value);
    return result;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      for (const [path, text] of flatten(child, prefix ? `${prefix}.${key}` : key)) {
        result.set(path, text);
      }
    }
  }
  return result;
}

function variables(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((match) => match[1] ?? '').sort();
}

/** Languages with a CLDR "many" plural category get an extra `_many` form; nothing else may differ. */
function withoutExtraPlurals(keys: Iterable<string>): string[] {
  return [...keys].filter((key) => !key.endsWith('_many')).sort();
}

const english = flatten(locales.en);

describe.each([
  ['es', esShell, esPages],
  ['fr', frShell, frPages],
])('the %s split', (_language, shell, pages) => {
  it('puts the same top-level groups in the shell as English does, and no group in both files', () => {
    expect(Object.keys(shell)).toEqual(shellKeys);
    expect(Object.keys(pages).filter((key) => shellKeys.includes(key))).toEqual([]);
  });
});

describe.each(languages.filter((language) => language !== 'en'))('the %s locale', (language) => {
  const translated = flatten(locales[language]);

  it('has every English key and no other', () => {
    expect(withoutExtraPlurals(translated.keys())).toEqual(withoutExtraPlurals(english.keys()));
  });

  it('uses the same interpolation variables as English in every text', () => {
    const mismatches = [...english].flatMap(([key, text]) => {
      const other = translated.get(key);
      return other !== undefined && variables(other).join() !== variables(text).join() ? [key] : [];
    });
    expect(mismatches).toEqual([]);
  });

  it('has a translation for every text (no empty strings)', () => {
    const empty = [...translated].filter(([, text]) => text.trim() === '').map(([key]) => key);
    expect(empty).toEqual([]);
  });
});

describe.each(languages)('the %s content', (language) => {
  const texts = flatten(locales[language]);

  it('words every item for the self-assessment and for raters, naming the subject', () => {
    for (const item of itemBank.items) {
      expect(texts.get(`items.${item.id}.self`)).toBeTruthy();
      expect(texts.get(`items.${item.id}.rater`)).toContain('{{name}}');
    }
  });

  it('names and defines every skill and interprets every level', () => {
    for (const skill of skillIds) {
      expect(texts.get(`skills.${skill}.name`)).toBeTruthy();
      expect(texts.get(`skills.${skill}.definition`)).toBeTruthy();
      for (const level of readinessLevels) {
        expect(texts.get(`interpretations.${skill}.${level}`)).toBeTruthy();
      }
    }
  });

  it('labels every point of the scale', () => {
    for (const point of ['1', '2', '3', '4', '5', '5rater', 'notObserved']) {
      expect(texts.get(`scale.${point}`)).toBeTruthy();
    }
  });
});

describe('the English item wording', () => {
  it.each(itemBank.items.map((item) => [item.id]))(
    '%s avoids adverbs like "effectively" that hide the behavior',
    (id) => {
      const self = english.get(`items.${id}.self`) ?? '';
      expect(self).toMatch(/^I [a-z]+/);
      expect(self).not.toMatch(/\b(effectively|efficiently|successfully|appropriately)\b/i);
    },
  );
});
