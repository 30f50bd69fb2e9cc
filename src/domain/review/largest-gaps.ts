import type { SkillId } from '../instrument/skills';
import type { ReviewReport } from './review-report';

/**
 * The blind spots whose self–others gap is widest, widest first: where a development plan most
 * needs to look after a 360 (a hidden strength needs less work, not more). Ties keep the
 * instrument's skill order.
 */
export function largestGaps(report: ReviewReport, count: number): SkillId[] {
  return report.skills
    .flatMap((skill) =>
      skill.isBlindSpot && skill.gap !== null
        ? [{ skill: skill.skill, size: Math.abs(skill.gap) }]
        : [],
    )
    .sort((a, b) => b.size - a.size)
    .slice(0, Math.max(0, count))
    .map((entry) => entry.skill);
}
