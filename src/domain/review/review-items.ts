import type { ItemBank, ItemId } from '../instrument/instrument';
import { readRating, type AnswerSheet } from './review-raters';
import { ITEM_HIGHLIGHT_COUNT } from './review-rules';
import type { Rating } from '../instrument/scale';
import { mean } from '../assessment/scoring';
import type { SkillId } from '../instrument/skills';

export interface ItemReport {
  itemId: ItemId;
  skill: SkillId;
  /** Others' mean; null unless at least `threshold` of them rated the item. */
  others: number | null;
  /** How many raters behind it rated the item (not observed and blanks left out). */
  othersCount: number;
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
 * Items pool everyone in the shown non-manager groups and apply the threshold per item too:
 * an item most raters marked "not observed" would otherwise show one or two people's answers.
 */
export function reportItems(
  bank: ItemBank,
  self: AnswerSheet | null,
  raters: readonly AnswerSheet[],
  threshold: number,
): ItemReport[] {
  return bank.items.map((item) => {
    const ratings = raters.flatMap((sheet) => {
      const rating = readRating(sheet, item.id);
      return rating === null ? [] : [rating];
    });
    const others = ratings.length >= threshold ? mean(ratings) : null;
    const selfRating = self === null ? null : readRating(self, item.id);
    return {
      itemId: item.id,
      skill: item.skill,
      others,
      othersCount: ratings.length,
      self: selfRating,
      gap: others === null || selfRating === null ? null : selfRating - others,
    };
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
