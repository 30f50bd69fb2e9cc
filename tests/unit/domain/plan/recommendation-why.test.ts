import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { explainPriority } from '../../../../src/domain/plan/recommendations';
import enPages from '../../../../src/locales/en/pages.json';
import esPages from '../../../../src/locales/es/pages.json';
import frPages from '../../../../src/locales/fr/pages.json';
import { priorityOf } from './recommendation-fixtures';

const resources = {
  en: { translation: enPages },
  es: { translation: esPages },
  fr: { translation: frPages },
};

async function translator(language: keyof typeof resources) {
  const instance = i18next.createInstance();
  await instance.init({ lng: language, resources, interpolation: { escapeValue: false } });
  return instance;
}

/** A blind spot of one scale point: self 4.5 and others 3.5 on the 1–5 scale. */
const blindSpot = { kind: 'blind-spot', gap: 1, selfIndex: 87.5, othersIndex: 62.5 } as const;
const hiddenStrength = {
  kind: 'hidden-strength',
  gap: -0.04,
  selfIndex: 50,
  othersIndex: 51,
} as const;

function why(reason: typeof blindSpot | typeof hiddenStrength) {
  const explained = explainPriority(priorityOf({ reasons: [reason] }));
  if (explained === null) throw new Error('no reason explained');
  return explained;
}

describe('the reason a skill is recommended', () => {
  it('states the self–others gap in index points, between the figures it shows', () => {
    expect(why(blindSpot).values).toEqual({ gap: 25, count: 25, selfIndex: 88, othersIndex: 63 });
    expect(why(hiddenStrength).values).toEqual({
      gap: 1,
      count: 1,
      selfIndex: 50,
      othersIndex: 51,
    });
  });

  it.each([
    ['en', '25 points higher', '(you 88, others 63 out of 100)'],
    ['es', '25 puntos por encima', '(tú 88, otras personas 63 de 100)'],
    ['fr', '25 points plus haut', '(vous 88, les autres 63 sur 100)'],
  ] as const)('reads in one unit in %s', async (language, gap, figures) => {
    const i18n = await translator(language);
    const text = i18n.t(`plan.recommend.why.${why(blindSpot).key}`, {
      ...why(blindSpot).values,
      skill: 'X',
    });

    expect(text).toContain(gap);
    expect(text).toContain(figures);
  });

  it.each([
    ['en', 'others rate your X 1 point higher'],
    ['es', 'X 1 punto por encima'],
    ['fr', '1 point plus haut'],
  ] as const)('says one point in the singular in %s', async (language, singular) => {
    const i18n = await translator(language);
    const text = i18n.t(`plan.recommend.why.${why(hiddenStrength).key}`, {
      ...why(hiddenStrength).values,
      skill: 'X',
    });

    expect(text).toContain(singular);
  });
});
