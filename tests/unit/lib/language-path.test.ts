import { describe, expect, it } from 'vitest';
import {
  appPath,
  languageBasename,
  localizedPath,
  pathLanguage,
} from '../../../src/lib/language-path';

describe('language addresses', () => {
  it('reads the language a path names, and none for English or unprefixed paths', () => {
    expect(pathLanguage('/es/plan')).toBe('es');
    expect(pathLanguage('/fr')).toBe('fr');
    expect(pathLanguage('/plan')).toBeNull();
    expect(pathLanguage('/en/plan')).toBeNull();
    expect(pathLanguage('/establish')).toBeNull();
  });

  it('strips the language from a path', () => {
    expect(appPath('/es/plan/case')).toBe('/plan/case');
    expect(appPath('/fr')).toBe('/');
    expect(appPath('/')).toBe('/');
    expect(appPath('/respond')).toBe('/respond');
  });

  it('moves a page to another language and back', () => {
    expect(localizedPath('/plan/case', 'fr')).toBe('/fr/plan/case');
    expect(localizedPath('/fr/plan/case', 'es')).toBe('/es/plan/case');
    expect(localizedPath('/es/plan/case', 'en')).toBe('/plan/case');
    expect(localizedPath('/', 'es')).toBe('/es');
    expect(localizedPath('/es', 'en')).toBe('/');
  });

  it('gives the router its basename per language', () => {
    expect(languageBasename('en')).toBe('/');
    expect(languageBasename('fr')).toBe('/fr');
  });
});
