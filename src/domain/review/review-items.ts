import type { ItemBank, ItemId } from '../instrument/instrument';
import { NOT_OBSERVED, type Rating } from '../instrument/scale';
import { skillIds, type SkillId } from '../instrument/skills';
import type { GroupPlan, ReportGroupId } from './review-groups';
import { readRating, type AnswerSheet } from './review-raters';
import { HARD_TO_OBSERVE_SHARE, ITEM_HIGHLIGHT_COUNT, isAtLeast } from './review-rules';
import { readSkillStatements, statementMean } from './skill-statements';

/** A shown group's mean for one statement; null when withheld or nobody in it rated it. */
export interface ItemGroupMean {
  group: ReportGroupId;
  mean: number | null;
}

export interface ItemReport {
  itemId: ItemId;
  skill: SkillId;
  /** Others' mean; null unless every group they pool may show the statement (skill-statements.ts). */
  others: number | null;
  /** How many raters behind it rated the item (not observed and blanks left out). */
  othersCount: number;
  /** Each shown group, in report order. */
  groups: ItemGroupMean[];
  /** "Not observed" answers among everyone in the shown groups; blank answers are not counted. */
  notObserved: number;
  /** At least `HARD_TO_OBSERVE_SHARE` of them marked it not observed: the statement, not a weakness. */
  isHardToObserve: boolean;
  self: Rating | null;
  /** Self − others on the 1–5 scale. */
  gap: number | null;
}

type ScoredItem = ItemReport & { others: number };
type ComparedItem = ItemReport & { gap: number };

export interface ItemHighlights {
  /** Highest by others' mean, best first; ties in item-bank order. */
  highest: ScoredItem[];
  /** Lowest by others' mean, lowest first; ties in item-bank order. */
  lowest: ScoredItem[];
  /** Largest self–other gaps either way, by absolute size; the sign stays on `gap`. */
  largestGaps: ComparedItem[];
}

/**
 * Statement figures follow the skill figures' groups: a group shows a statement's mean only
 * where its skill mean cannot be used to take one rater out of it, and others pool exactly the
 * groups shown for the skill, only where each of them shows the statement (skill-statements.ts).
 */
export function reportItems(
  bank: ItemBank,
  self: AnswerSheet | null,
  plan: GroupPlan,
  threshold: number,
): ItemReport[] {
  const shownSheets = plan.groups.flatMap((group) => group.raters.map((rater) => rater.answers));
  return skillIds.flatMap((skill) => {
    const statements = readSkillStatements(plan, bank, skill, threshold);
    return statements.items.map((item, index): ItemReport => {
      const pooled = statementMean(statements.othersRows, index);
      const others = statements.othersShown ? pooled : null;
      const notObserved = shownSheets.filter((sheet) => sheet[item.id] === NOT_OBSERVED).length;
      const selfRating = self === null ? null : readRating(self, item.id);
      return {
        itemId: item.id,
        skill,
        others,
        othersCount: statements.othersRows.filter((row) => row[index] !== null).length,
        groups: statements.groups.map(({ group, rows, isShown }) => ({
          group,
          mean: isShown ? statementMean(rows, index) : null,
        })),
        notObserved,
        isHardToObserve:
          notObserved > 0 && isAtLeast(notObserved / shownSheets.length, HARD_TO_OBSERVE_SHARE),
        self: selfRating,
        gap: others === null || selfRating === null ? null : selfRating - others,
      };
    });
  });
}

/**
 * Up to five each; with fewer than ten scored items, each list takes half so no item is named
 * both highest and lowest. Sorting is stable, so ties keep item-bank order.
 */
export function highlightItems(items: readonly ItemReport[]): ItemHighlights {
  const scored = items.filter((item): item is ScoredItem => item.others !== null);
  const count = Math.min(ITEM_HIGHLIGHT_COUNT, Math.floor(scored.length / 2));
  const compared = items.filter(
    (item): item is ComparedItem => item.gap !== null && item.gap !== 0,
  );
  const highest = [...scored].sort((a, b) => b.others - a.others).slice(0, count);
  return {
    highest,
    // When every mean ties, both sorts keep bank order; the filter keeps the lists apart.
    lowest: [...scored]
      .sort((a, b) => a.others - b.others)
      .filter((item) => !highest.includes(item))
      .slice(0, count),
    largestGaps: [...compared]
      .sort((a, b) => Math.abs(b.gap) - Math.abs(a.gap))
      .slice(0, ITEM_HIGHLIGHT_COUNT),
  };
}
