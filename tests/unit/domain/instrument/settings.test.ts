import { describe, expect, it } from 'vitest';
import {
  defaultSettings,
  pickLanguage,
  settingsSchema,
} from '../../../../src/domain/instrument/settings';

describe('pickLanguage', () => {
  it.each<[string[], string]>([
    [['es-MX'], 'es'],
    [['fr-CA'], 'fr'],
    [['de', 'fr'], 'fr'],
    [[], 'en'],
    [['de', 'ja'], 'en'],
    [['EN-gb'], 'en'],
    [['pt-BR', 'es', 'fr'], 'es'],
  ])('picks from %j the language %s', (preferred, language) => {
    expect(pickLanguage(preferred)).toBe(language);
  });
});

describe('settingsSchema', () => {
  it.each([null, 'en', 'es', 'fr'])('accepts language %j', (language) => {
    expect(settingsSchema.safeParse({ language }).success).toBe(true);
  });

  it.each(['de', 'EN', '', undefined])('refuses language %j', (language) => {
    expect(settingsSchema.safeParse({ language }).success).toBe(false);
  });

  it('follows the browser language by default', () => {
    expect(defaultSettings).toEqual({ language: null });
  });
});
