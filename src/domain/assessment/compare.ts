import type { AssessmentScore } from './scoring';
import type { SkillId } from '../instrument/skills';

export interface SkillChange {
  skill: SkillId;
  before: number | null;
  after: number | null;
  /** Change of the 0–100 index; null when either side has no score. */
  change: number | null;
}

export function compareScores(earlier: AssessmentScore, latest: AssessmentScore): SkillChange[] {
  return latest.skills.map((after) => {
    const before = earlier.skills.find((score) => score.skill === after.skill)?.index ?? null;
    return {
      skill: after.skill,
      before,
      after: after.index,
      change: before === null || after.index === null ? null : after.index - before,
    };
  });
}
