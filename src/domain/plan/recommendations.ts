import { mixOf, type CatalogEntry, type CatalogLevel, type LearningMix } from './catalog';
import { rankPriorities, type PriorityInput, type SkillPriority } from './priorities';
import { levelThresholds } from '../assessment/readiness';
import type { SkillId } from '../instrument/skills';

/**
 * 70-20-10 as a shape, not a quota: most learning comes from challenging assignments, then from
 * others, then from formal learning (CCL), so experiences lead and a course comes last.
 */
export const mixOrder: readonly LearningMix[] = ['experience', 'relationship', 'formal'];
export const mixCounts: Readonly<Record<LearningMix, number>> = {
  experience: 2,
  relationship: 1,
  formal: 1,
};

/** Below proficient, foundational entries fit; from proficient on, advanced ones. */
export const ADVANCED_FROM = levelThresholds.proficient;

export const DEFAULT_MAX_SKILLS = 3;

export type WhyKey = 'lowScore' | 'blindSpot' | 'hiddenStrength' | 'important';

/** One translated "because …" sentence: `values` are the numbers it names. */
export interface RecommendationWhy {
  key: WhyKey;
  values: Record<string, number>;
}

export interface Recommendation {
  entryId: string;
  skill: SkillId;
  mix: LearningMix;
  why: RecommendationWhy;
}

export function chooseLevel(index: number): CatalogLevel {
  return index < ADVANCED_FROM ? 'foundational' : 'advanced';
}

/** The lead reason is the first: priorities list them strongest first. */
export function explainPriority(priority: SkillPriority): RecommendationWhy | null {
  const reason = priority.reasons[0];
  if (reason === undefined) return null;
  switch (reason.kind) {
    case 'blind-spot':
      return { key: 'blindSpot', values: compareFigures(reason.selfIndex, reason.othersIndex) };
    case 'low-score':
      return { key: 'lowScore', values: { index: reason.index, target: reason.target } };
    case 'important':
      return { key: 'important', values: { importance: reason.importance, index: priority.index } };
    case 'hidden-strength': {
      // Positive, so the sentence can say "others rate you {{gap}} points higher".
      const figures = compareFigures(reason.selfIndex, reason.othersIndex);
      return {
        key: 'hiddenStrength',
        values: { ...figures, gap: -figures.gap, count: -figures.gap },
      };
    }
  }
}

/**
 * The sentence shows both figures on the 0–100 index as whole numbers, so the gap is the
 * difference between those shown figures (self − others), in the same unit; `count` picks
 * the plural.
 */
function compareFigures(selfIndex: number, othersIndex: number) {
  const self = Math.round(selfIndex);
  const others = Math.round(othersIndex);
  return { gap: self - others, count: self - others, selfIndex: self, othersIndex: others };
}

/** First occurrence wins, so an extended catalog cannot list one entry twice. */
function dropRepeatedIds(catalog: readonly CatalogEntry[]): CatalogEntry[] {
  const seen = new Set<string>();
  return catalog.filter((entry) => {
    if (seen.has(entry.id)) return false;
    seen.add(entry.id);
    return true;
  });
}

export interface RecommendForSkillInput {
  skill: SkillId;
  priority: SkillPriority;
  catalog: readonly CatalogEntry[];
}

/**
 * Experiences, then relationships, then formal learning, each in catalog order. A mix with no
 * entry at the fitting level falls back to the other level rather than leave the slot empty.
 */
export function recommendForSkill(input: RecommendForSkillInput): Recommendation[] {
  const why = explainPriority(input.priority);
  if (why === null) return [];
  const level = chooseLevel(input.priority.index);
  const forSkill = dropRepeatedIds(input.catalog).filter((entry) =>
    entry.skills.includes(input.skill),
  );
  return mixOrder.flatMap((mix) => {
    const ofMix = forSkill.filter((entry) => mixOf(entry.type) === mix);
    const fitting = ofMix.filter((entry) => entry.level === level);
    const chosen = (fitting.length > 0 ? fitting : ofMix).slice(0, mixCounts[mix]);
    return chosen.map((entry) => ({ entryId: entry.id, skill: input.skill, mix, why }));
  });
}

export interface RecommendationsInput extends PriorityInput {
  catalog: readonly CatalogEntry[];
  maxSkills?: number;
}

export interface Recommendations {
  priorities: SkillPriority[];
  /** The most urgent skills that have a reason to name, each with its mix (possibly empty). */
  bySkill: { skill: SkillId; recommendations: Recommendation[] }[];
}

export function buildRecommendations(input: RecommendationsInput): Recommendations {
  const priorities = rankPriorities(input);
  const bySkill = priorities
    .filter((priority) => priority.reasons.length > 0)
    .slice(0, Math.max(0, input.maxSkills ?? DEFAULT_MAX_SKILLS))
    .map((priority) => ({
      skill: priority.skill,
      recommendations: recommendForSkill({
        skill: priority.skill,
        priority,
        catalog: input.catalog,
      }),
    }));
  return { priorities, bySkill };
}
