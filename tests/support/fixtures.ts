import { itemBank } from '../../src/content/item-bank';
import type { CompletedAssessment } from '../../src/domain/assessment/assessment';
import type { Rating } from '../../src/domain/instrument/scale';
import type { SkillId } from '../../src/domain/instrument/skills';

/** A completed assessment where every item of a skill has the same rating. */
export function assessmentWith(
  id: string,
  completedAt: string,
  ratings: Record<SkillId, Rating>,
): CompletedAssessment {
  return {
    id,
    completedAt,
    instrumentVersion: itemBank.version,
    answers: Object.fromEntries(itemBank.items.map((item) => [item.id, ratings[item.skill]])),
  };
}

export const steadyRatings: Record<SkillId, Rating> = {
  'executive-presence': 2,
  'strategic-thinking': 3,
  'business-acumen': 4,
  'data-driven-decisions': 5,
  'resilience-adaptability': 1,
};
