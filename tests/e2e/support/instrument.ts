import type { Rating } from '../../../src/domain/instrument/scale';
import type { SkillId } from '../../../src/domain/instrument/skills';
import type { Lang } from './locales';

export type { Rating, SkillId };

/** The five steps in order; each is also the address of its page: /assessment/<skill>. */
export const skills = [
  'executive-presence',
  'strategic-thinking',
  'business-acumen',
  'data-driven-decisions',
  'resilience-adaptability',
] as const satisfies readonly SkillId[];

const prefixes: Record<SkillId, string> = {
  'executive-presence': 'ep',
  'strategic-thinking': 'st',
  'business-acumen': 'ba',
  'data-driven-decisions': 'dd',
  'resilience-adaptability': 'ra',
};

export const ITEMS_PER_SKILL = 6;
export const ITEM_COUNT = skills.length * ITEMS_PER_SKILL;
export const INSTRUMENT_VERSION = '2026.2';

/** Item ids of one skill, in the order they are shown: ep-1 … ep-6. */
export function itemIds(skill: SkillId): string[] {
  return Array.from({ length: ITEMS_PER_SKILL }, (_, index) => `${prefixes[skill]}-${index + 1}`);
}

/** The number shown before an item (1–30): its position in the whole instrument. */
export function itemNumber(skillIndex: number, itemIndex: number): number {
  return skillIndex * ITEMS_PER_SKILL + itemIndex + 1;
}

/** One answer per item: pattern[skillIndex][itemIndex]; null leaves the item unanswered. */
export type Pattern = readonly (readonly (Rating | null)[])[];

/** Turns a pattern into the stored answers map ({ 'ep-1': 3, … }). */
export function toAnswers(pattern: Pattern): Record<string, Rating> {
  const answers: Record<string, Rating> = {};
  skills.forEach((skill, skillIndex) => {
    itemIds(skill).forEach((id, itemIndex) => {
      const rating = pattern[skillIndex]?.[itemIndex];
      if (rating !== undefined && rating !== null) answers[id] = rating;
    });
  });
  return answers;
}

/** Means 10/6, 3, 20/6, 26/6, 5: indices 17, 50, 58, 83, 100 and an overall of 62 (Proficient). */
export const mixedPattern: Pattern = [
  [1, 2, 2, 1, 2, 2],
  [3, 3, 3, 3, 3, 3],
  [1, 2, 3, 4, 5, 5],
  [5, 4, 5, 4, 4, 4],
  [5, 5, 5, 5, 5, 5],
];

/**
 * Means 2, 26/6, 20/6, 13/6, 25/6: indices 25, 83, 58, 29, 79 and an overall of 55 (Developing).
 * Against mixedPattern: +8, +33, no change, −54, −21.
 */
export const otherPattern: Pattern = [
  [2, 2, 2, 2, 2, 2],
  [4, 4, 5, 4, 4, 5],
  [5, 5, 4, 3, 2, 1],
  [2, 2, 2, 3, 2, 2],
  [4, 4, 4, 4, 4, 5],
];

export const levelIds = ['foundational', 'developing', 'proficient', 'executive-ready'] as const;
export type LevelId = (typeof levelIds)[number];

/** The documented bands: Developing from 40, Proficient from 60, Executive-ready from 75. */
export function levelFor(index: number): LevelId {
  if (index >= 75) return 'executive-ready';
  if (index >= 60) return 'proficient';
  if (index >= 40) return 'developing';
  return 'foundational';
}

export interface ExpectedSkill {
  skill: SkillId;
  mean: number;
  index: number;
  level: LevelId;
  answered: number;
}

export interface ExpectedScores {
  skills: ExpectedSkill[];
  overall: number;
  overallLevel: LevelId;
}

/** The scoring oracle, written from the method shown to users: index = (mean − 1) ÷ 4 × 100. */
export function expectedScores(pattern: Pattern): ExpectedScores {
  const scored = skills.map((skill, skillIndex): ExpectedSkill => {
    const values = (pattern[skillIndex] ?? []).filter((value): value is Rating => value !== null);
    if (values.length === 0) throw new Error(`pattern has no answer for ${skill}`);
    const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
    const index = ((mean - 1) / 4) * 100;
    return { skill, mean, index, level: levelFor(index), answered: values.length };
  });
  const overall = scored.reduce((sum, score) => sum + score.index, 0) / scored.length;
  return { skills: scored, overall, overallLevel: levelFor(overall) };
}

/** Formats a number as the app shows it in `lang` (integers for indices, 2 decimals for means). */
export function formatNumber(value: number, lang: Lang, fractionDigits = 0): string {
  return new Intl.NumberFormat(lang, {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(value);
}
