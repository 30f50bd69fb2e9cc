import type { CatalogEntry, CatalogLevel, CatalogType } from '../../../../src/domain/plan/catalog';
import { defaultImportance, type ImportanceBySkill } from '../../../../src/domain/plan/plan';
import { LOW_SCORE_BELOW, type SkillPriority } from '../../../../src/domain/plan/priorities';
import { levelForIndex } from '../../../../src/domain/assessment/readiness';
import type { AssessmentScore } from '../../../../src/domain/assessment/scoring';
import { skillIds, type SkillId } from '../../../../src/domain/instrument/skills';

/** A self-assessment with these indices; skills left out were not answered. */
export function selfScore(indices: Partial<Record<SkillId, number>>): AssessmentScore {
  const skills = skillIds.map((skill) => {
    const index = indices[skill] ?? null;
    return {
      skill,
      mean: index === null ? null : 1 + index / 25,
      index,
      level: index === null ? null : levelForIndex(index),
      answered: index === null ? 0 : 6,
      total: 6,
    };
  });
  return { skills, overallIndex: null, overallLevel: null, strengths: [], priorities: [] };
}

export function importanceOf(overrides: Partial<ImportanceBySkill>): ImportanceBySkill {
  return { ...defaultImportance, ...overrides };
}

/** A catalog entry for strategic thinking unless other skills are given. */
export function entry(id: string, type: CatalogType, level: CatalogLevel, skills?: SkillId[]) {
  const text = { en: id };
  return {
    id,
    type,
    title: text,
    summary: text,
    provider: null,
    skills: skills ?? ['strategic-thinking'],
    level,
    effort: null,
    format: null,
    prerequisites: null,
    url: null,
  } satisfies CatalogEntry;
}

export function priorityOf(overrides: Partial<SkillPriority> = {}): SkillPriority {
  return {
    skill: 'strategic-thinking',
    rank: 1,
    index: 40,
    source: 'self',
    level: 'developing',
    importance: 3,
    need: 60,
    reasons: [{ kind: 'low-score', index: 40, source: 'self', target: LOW_SCORE_BELOW }],
    ...overrides,
  };
}
