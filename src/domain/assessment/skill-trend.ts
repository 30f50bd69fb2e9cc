import type { CompletedAssessment } from './assessment';
import { sortByNewest } from './assessment';
import type { ItemBank } from '../instrument/instrument';
import { scoreAssessment } from './scoring';
import type { SkillId } from '../instrument/skills';

export interface TrendPoint {
  date: string;
  source: 'self' | 'review';
  /** 0–100 per skill; null where that skill had no figure. */
  indices: Record<SkillId, number | null>;
}

/** A 360 wave's "others" figures, dated by when the wave was frozen or last answered. */
export interface ReviewTrendInput {
  date: string;
  /** Skills without a shown figure may be left out. */
  indices: Partial<Record<SkillId, number | null>>;
}

/** Every self-assessment and 360 wave as dated points, oldest first. */
export function buildSkillTrend(
  assessments: readonly CompletedAssessment[],
  reviews: readonly ReviewTrendInput[],
  bank: ItemBank,
): TrendPoint[] {
  const selfPoints: TrendPoint[] = sortByNewest(assessments).map((assessment) => {
    const score = scoreAssessment(assessment.answers, bank);
    const indices = Object.fromEntries(score.skills.map((s) => [s.skill, s.index]));
    return {
      date: assessment.completedAt,
      source: 'self',
      indices: { ...emptyIndices(), ...indices },
    };
  });
  const reviewPoints: TrendPoint[] = reviews.map((review) => ({
    date: review.date,
    source: 'review',
    indices: { ...emptyIndices(), ...review.indices },
  }));
  return [...selfPoints, ...reviewPoints].sort((a, b) => Date.parse(a.date) - Date.parse(b.date));
}

function emptyIndices(): Record<SkillId, number | null> {
  return {
    'executive-presence': null,
    'strategic-thinking': null,
    'business-acumen': null,
    'data-driven-decisions': null,
    'resilience-adaptability': null,
  };
}
