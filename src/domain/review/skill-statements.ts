import { itemsForSkill, type Item, type ItemBank } from '../instrument/instrument';
import type { Rating } from '../instrument/scale';
import type { SkillId } from '../instrument/skills';
import type { GroupPlan, ReportGroupId } from './review-groups';
import { readRating, scoreRaterSkill, type ReviewResponseInput } from './review-raters';

/** One row per rater counted for the skill, one cell per statement: a rating or null. */
export type StatementRows = (Rating | null)[][];

export interface GroupStatements {
  group: ReportGroupId;
  rows: StatementRows;
  /** The group's statement means may be shown (`mayShowStatementMeans`). */
  isShown: boolean;
}

export interface SkillStatements {
  skill: SkillId;
  items: Item[];
  groups: GroupStatements[];
  /** The raters behind the skill's "others" figure: groups whose skill figure is shown. */
  othersRows: StatementRows;
  /** Others' statement means may be shown: every group they pool shows its own. */
  othersShown: boolean;
}

function rowsOf(raters: readonly ReviewResponseInput[], bank: ItemBank, skill: SkillId) {
  const items = itemsForSkill(bank, skill);
  return raters
    .filter((rater) => scoreRaterSkill(rater.answers, bank, skill) !== null)
    .map((rater) => items.map((item) => readRating(rater.answers, item.id)));
}

const ratedCount = (row: readonly (Rating | null)[]) => row.filter((cell) => cell !== null).length;

/**
 * A group's statement means sit beside its skill mean, the mean of its raters' means. Each
 * rater's mean weighs their ratings by 1 / (statements they rated), so when two raters rated a
 * different number of statements, or a statement's figure is withheld, the skill mean minus the
 * statement means leaves one rater's ratings alone: their mean, given away. Only when every
 * counted rater rated as many statements, and every statement anyone rated reaches the
 * threshold, is the skill mean already a sum of the statement means, and adds nothing.
 * Raters who do not count for the skill add to no statement either, for the same reason.
 */
export function mayShowStatementMeans(rows: StatementRows, threshold: number): boolean {
  const first = rows[0];
  if (first === undefined || rows.length < threshold) return false;
  const rated = ratedCount(first);
  if (rows.some((row) => ratedCount(row) !== rated)) return false;
  return first.every((_, item) => {
    const count = rows.filter((row) => row[item] !== null).length;
    return count === 0 || count >= threshold;
  });
}

export function readSkillStatements(
  plan: GroupPlan,
  bank: ItemBank,
  skill: SkillId,
  threshold: number,
): SkillStatements {
  const groups = plan.groups.map((group): GroupStatements => {
    const rows = rowsOf(group.raters, bank, skill);
    return { group: group.id, rows, isShown: mayShowStatementMeans(rows, threshold) };
  });
  // The same groups as the skill's "others" figure (review-skills.ts): those shown for it.
  const pooled = groups.filter((group) => group.rows.length >= threshold);
  return {
    skill,
    items: itemsForSkill(bank, skill),
    groups,
    othersRows: pooled.flatMap((group) => group.rows),
    othersShown: pooled.length > 0 && pooled.every((group) => group.isShown),
  };
}

/** Mean of a statement's ratings in `rows`, or null when nobody rated it. */
export function statementMean(rows: StatementRows, item: number): number | null {
  const ratings = rows.flatMap((row) => {
    const cell = row[item];
    return cell === null || cell === undefined ? [] : [cell];
  });
  return ratings.length === 0 ? null : ratings.reduce((a, b) => a + b, 0) / ratings.length;
}

export function completeRows(rows: StatementRows): Rating[][] {
  return rows.flatMap((row) => {
    const ratings = row.filter((cell) => cell !== null);
    return ratings.length === row.length ? [ratings] : [];
  });
}
