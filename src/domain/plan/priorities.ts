import type { ImportanceBySkill } from './plan';
import { levelForIndex, levelThresholds, type ReadinessLevel } from '../assessment/readiness';
import type { ReviewReport } from '../review/review-report';
import type { SkillReport } from '../review/review-skills';
import { roundScore, type AssessmentScore } from '../assessment/scoring';
import { skillIds, type SkillId } from '../instrument/skills';

/** Importance 3 leaves the shortfall as it is; 5 weighs it 5/3, 1 weighs it 1/3. */
export const NEUTRAL_IMPORTANCE = 3;

/** Importance from which a skill is named as important for the next role. */
export const IMPORTANT_FROM = 4;

/** Below executive-ready a score counts as low: that level is the bar this app prepares for. */
export const LOW_SCORE_BELOW = levelThresholds['executive-ready'];

/**
 * Development is likeliest when feedback shows change is needed (Smither, London & Reilly 2005);
 * a blind spot shows exactly that, so it counts like 15 more index points of shortfall.
 */
export const BLIND_SPOT_BONUS = 15;

/** Others see more than the person does: something to build on, so a little less urgent. */
export const HIDDEN_STRENGTH_RELIEF = 10;

export type ScoreSource = 'self' | 'others';

export type PriorityReason =
  | { kind: 'blind-spot'; gap: number; selfIndex: number; othersIndex: number }
  | { kind: 'low-score'; index: number; source: ScoreSource; target: number }
  | { kind: 'important'; importance: number }
  /** `gap` is self − others as in the report, so negative here. */
  | { kind: 'hidden-strength'; gap: number; selfIndex: number; othersIndex: number };

export interface SkillPriority {
  skill: SkillId;
  /** 1 = most urgent. */
  rank: number;
  /** Others' index when a 360 shows it, since others see the behavior; otherwise self. */
  index: number;
  source: ScoreSource;
  level: ReadinessLevel;
  importance: number;
  need: number;
  /** Strongest first: blind spot, low score, importance, hidden strength. */
  reasons: PriorityReason[];
}

export interface PriorityInput {
  self: AssessmentScore | null;
  review: ReviewReport | null;
  importance: ImportanceBySkill;
}

function pickIndex(
  skill: SkillId,
  input: PriorityInput,
  report: SkillReport | undefined,
): { index: number; source: ScoreSource } | null {
  if (report?.others) return { index: report.others.index, source: 'others' };
  const selfIndex = input.self?.skills.find((score) => score.skill === skill)?.index ?? null;
  if (selfIndex !== null) return { index: selfIndex, source: 'self' };
  if (report?.self) return { index: report.self.index, source: 'self' };
  return null;
}

function pairSelfWithOthers(report: SkillReport | undefined) {
  if (!report?.self || !report.others || report.gap === null) return null;
  return { gap: report.gap, selfIndex: report.self.index, othersIndex: report.others.index };
}

function listReasons(
  picked: { index: number; source: ScoreSource },
  importance: number,
  report: SkillReport | undefined,
): PriorityReason[] {
  const reasons: PriorityReason[] = [];
  const pair = pairSelfWithOthers(report);
  if (pair && report?.isBlindSpot) reasons.push({ kind: 'blind-spot', ...pair });
  if (picked.index < LOW_SCORE_BELOW) {
    reasons.push({ kind: 'low-score', ...picked, target: LOW_SCORE_BELOW });
  }
  if (importance >= IMPORTANT_FROM) reasons.push({ kind: 'important', importance });
  if (pair && report?.isHiddenStrength) reasons.push({ kind: 'hidden-strength', ...pair });
  return reasons;
}

/**
 * Need = (100 − index) × importance ÷ NEUTRAL_IMPORTANCE + BLIND_SPOT_BONUS (if a blind spot)
 * − HIDDEN_STRENGTH_RELIEF (if a hidden strength), never below 0.
 */
export function scoreNeed(index: number, importance: number, reasons: PriorityReason[]): number {
  const has = (kind: PriorityReason['kind']) => reasons.some((reason) => reason.kind === kind);
  const weighted = ((100 - index) * importance) / NEUTRAL_IMPORTANCE;
  const bonus = has('blind-spot') ? BLIND_SPOT_BONUS : 0;
  const relief = has('hidden-strength') ? HIDDEN_STRENGTH_RELIEF : 0;
  return roundScore(Math.max(0, weighted + bonus - relief));
}

/**
 * Every skill with a score, highest need first; ties keep the instrument's skill order so the
 * same data always names the same skills. Skills nobody has rated are left out.
 */
export function rankPriorities(input: PriorityInput): SkillPriority[] {
  const unranked = skillIds.flatMap((skill) => {
    const report = input.review?.skills.find((entry) => entry.skill === skill);
    const picked = pickIndex(skill, input, report);
    if (picked === null) return [];
    const importance = input.importance[skill];
    const reasons = listReasons(picked, importance, report);
    return [
      {
        skill,
        ...picked,
        level: levelForIndex(picked.index),
        importance,
        need: scoreNeed(picked.index, importance, reasons),
        reasons,
      },
    ];
  });
  return [...unranked]
    .sort((a, b) => b.need - a.need)
    .map((priority, position) => ({ ...priority, rank: position + 1 }));
}
