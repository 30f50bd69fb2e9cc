import type { Answers } from '../../../src/domain/assessment/assessment';
import { ITEMS_PER_SKILL, skillPrefixes } from '../../../src/domain/instrument/instrument';
import type { Rating } from '../../../src/domain/instrument/scale';
import { skillIds, type SkillId } from '../../../src/domain/instrument/skills';

/** Answers for the first `ratings.length` items of one skill, in item order. */
export function answersFor(skill: SkillId, ratings: readonly Rating[]): Answers {
  return Object.fromEntries(
    ratings.map((rating, index) => [`${skillPrefixes[skill]}-${index + 1}`, rating]),
  );
}

/** Every item of each listed skill answered with that skill's rating. */
export function uniformAnswers(ratings: Partial<Record<SkillId, Rating>>): Answers {
  return Object.fromEntries(
    skillIds.flatMap((skill) => {
      const rating = ratings[skill];
      if (rating === undefined) return [];
      const all = Array.from({ length: ITEMS_PER_SKILL }, (): Rating => rating);
      return Object.entries(answersFor(skill, all));
    }),
  );
}
