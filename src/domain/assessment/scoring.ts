import type { Answers } from './assessment';
import { itemsForSkill, type ItemBank } from '../instrument/instrument';
import { levelForIndex, type ReadinessLevel } from './readiness';
import { SCALE_MAX, SCALE_MIN } from '../instrument/scale';
import { skillIds, type SkillId } from '../instrument/skills';

export interface SkillScore {
  skill: SkillId;
  /** Mean of the answered items on the 1–5 scale; null when none was answered. */
  mean: number | null;
  /** The mean mapped to 0–100. */
  index: number | null;
  level: ReadinessLevel | null;
  answered: number;
  total: number;
}

export interface AssessmentScore {
  skills: SkillScore[];
  /** Mean of the skill indices that could be scored. */
  overallIndex: number | null;
  overallLevel: ReadinessLevel | null;
  /** Highest-scoring skills, best first. */
  strengths: SkillId[];
  /** Lowest-scoring skills, lowest first. */
  priorities: SkillId[];
}

/** How many skills are named as strengths and as priorities. */
export const HIGHLIGHT_COUNT = 2;

/**
 * Floating-point sums drift (five indices averaging exactly 40 can give 39.999…), which would
 * drop a score below a level threshold; six decimals is far finer than anything shown.
 */
export function roundScore(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

export function toIndex(mean: number): number {
  return roundScore(((mean - SCALE_MIN) / (SCALE_MAX - SCALE_MIN)) * 100);
}

export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

export function scoreSkill(answers: Answers, bank: ItemBank, skill: SkillId): SkillScore {
  const items = itemsForSkill(bank, skill);
  const values = items.flatMap((item) => {
    const answer = answers[item.id];
    return answer === undefined ? [] : [answer];
  });
  const skillMean = mean(values);
  const index = skillMean === null ? null : toIndex(skillMean);
  return {
    skill,
    mean: skillMean,
    index,
    level: index === null ? null : levelForIndex(index),
    answered: values.length,
    total: items.length,
  };
}

export function scoreAssessment(answers: Answers, bank: ItemBank): AssessmentScore {
  const skills = skillIds.map((skill) => scoreSkill(answers, bank, skill));
  const scored = skills.filter(
    (score): score is SkillScore & { index: number } => score.index !== null,
  );
  const overallMean = mean(scored.map((score) => score.index));
  const overallIndex = overallMean === null ? null : roundScore(overallMean);
  // Sorts are stable, so ties keep the instrument's skill order: the same answers always
  // name the same skills, and no skill is both a strength and a priority.
  const count = Math.min(HIGHLIGHT_COUNT, Math.floor(scored.length / 2));
  const strengths = [...scored].sort((a, b) => b.index - a.index).slice(0, count);
  const priorities = [...scored]
    .sort((a, b) => a.index - b.index)
    .filter((score) => !strengths.includes(score))
    .slice(0, count);
  return {
    skills,
    overallIndex,
    overallLevel: overallIndex === null ? null : levelForIndex(overallIndex),
    strengths: strengths.map((score) => score.skill),
    priorities: priorities.map((score) => score.skill),
  };
}
