import type { Answers } from './assessment';
import { readChange, type ChangeReading } from './reliable-change';
import { mean, toIndex } from './scoring';
import { itemsForSkill, type ItemBank, type ItemId } from '../instrument/instrument';
import type { Rating } from '../instrument/scale';
import { skillIds, type SkillId } from '../instrument/skills';

/**
 * A skill is compared across item-bank versions only on the statements both versions share, and
 * only when at least half of its statements are shared: with fewer, the two figures no longer
 * measure the same thing closely enough to call the difference a change.
 */
export const MIN_SHARED_PER_SKILL = 3;

export interface SkillComparison {
  skill: SkillId;
  /** 0–100 on the shared statements, or on all of each side's when the skill is not compared. */
  before: number | null;
  after: number | null;
  /** null when either side is missing or too few statements are shared. */
  change: number | null;
  /** Statements answered on both sides with the same wording. */
  shared: number;
  total: number;
  reading: ChangeReading | null;
}

function indexOf(answers: Answers, ids: readonly ItemId[]): number | null {
  const values = ids.flatMap((id) => {
    const answer = answers[id];
    return answer === undefined ? [] : [answer];
  });
  const skillMean = mean(values);
  return skillMean === null ? null : toIndex(skillMean);
}

export function compareAssessments(
  earlier: Answers,
  latest: Answers,
  bank: ItemBank,
  comparable: readonly ItemId[],
): SkillComparison[] {
  return skillIds.map((skill) => {
    const ids = itemsForSkill(bank, skill).map((item) => item.id);
    const shared = ids.filter(
      (id) => comparable.includes(id) && earlier[id] !== undefined && latest[id] !== undefined,
    );
    if (shared.length < MIN_SHARED_PER_SKILL) {
      const before = indexOf(earlier, ids);
      const after = indexOf(latest, ids);
      return {
        skill,
        before,
        after,
        change: null,
        shared: shared.length,
        total: ids.length,
        reading: null,
      };
    }
    const before = indexOf(earlier, shared);
    const after = indexOf(latest, shared);
    const change = before === null || after === null ? null : after - before;
    return {
      skill,
      before,
      after,
      change,
      shared: shared.length,
      total: ids.length,
      reading: change === null ? null : readChange(change, shared.length),
    };
  });
}

export interface ItemChange {
  id: ItemId;
  skill: SkillId;
  before: Rating;
  after: Rating;
  change: number;
}

/** The statements whose answer moved most, largest first; reworded statements never count. */
export function largestItemChanges(
  earlier: Answers,
  latest: Answers,
  bank: ItemBank,
  comparable: readonly ItemId[],
  limit: number,
): ItemChange[] {
  const changes = bank.items.flatMap((item): ItemChange[] => {
    const before = earlier[item.id];
    const after = latest[item.id];
    if (before === undefined || after === undefined || before === after) return [];
    if (!comparable.includes(item.id)) return [];
    return [{ id: item.id, skill: item.skill, before, after, change: after - before }];
  });
  // Stable sort: ties keep the bank's order, so the same answers always name the same statements.
  return changes.sort((a, b) => Math.abs(b.change) - Math.abs(a.change)).slice(0, limit);
}
