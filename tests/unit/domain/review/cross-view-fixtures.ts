import { itemBank } from '../../../../src/content/item-bank';
import { itemsForSkill } from '../../../../src/domain/instrument/instrument';
import type { RaterAnswer } from '../../../../src/domain/instrument/scale';
import { planGroups } from '../../../../src/domain/review/review-groups';
import type { ReviewReport } from '../../../../src/domain/review/review-report';
import { readRating, type ReviewResponseInput } from '../../../../src/domain/review/review-raters';
import type { Cell, Linear } from './linear-disclosure';

/** Every test here rates executive presence only: other skills add no figures. */
export const statements = itemsForSkill(itemBank, 'executive-presence').map((item) => item.id);

export const cellOf = (rater: ReviewResponseInput, item: string): Cell =>
  `${rater.responseId}:${item}`;

export function ratedItems(rater: ReviewResponseInput): string[] {
  return statements.filter((item) => readRating(rater.answers, item) !== null);
}

export const isCounted = (rater: ReviewResponseInput) => ratedItems(rater).length >= 3;

/** Σ of the raters' skill means: a shown mean times its rater count. */
export function sumOfMeans(raters: readonly ReviewResponseInput[]): Linear {
  return new Map(
    raters.filter(isCounted).flatMap((rater) => {
      const items = ratedItems(rater);
      return items.map((item): [Cell, number] => [cellOf(rater, item), 1 / items.length]);
    }),
  );
}

/** Σ of the ratings of one statement: a shown statement mean times its rating count. */
export function sumOfStatement(raters: readonly ReviewResponseInput[], item: string): Linear {
  return new Map(
    raters
      .filter((rater) => ratedItems(rater).includes(item))
      .map((rater): [Cell, number] => [cellOf(rater, item), 1]),
  );
}

/** The figures a report shows for executive presence, as the equations they amount to. */
export function shownEquations(
  report: ReviewReport,
  responses: readonly ReviewResponseInput[],
): Linear[] {
  const plan = planGroups(responses, report.threshold, false);
  const skill = report.skills.find((entry) => entry.skill === 'executive-presence');
  const counted = (id: string) =>
    plan.groups.find((group) => group.id === id)?.raters.filter(isCounted) ?? [];
  const shownGroups = (skill?.groups ?? []).filter((group) => group.status === 'shown');
  const others = shownGroups.flatMap((group) => counted(group.group));
  const equations: Linear[] = shownGroups.map((group) => sumOfMeans(counted(group.group)));
  if (skill?.others) equations.push(sumOfMeans(others));
  for (const item of report.items.filter((entry) => entry.skill === 'executive-presence')) {
    if (item.others !== null) equations.push(sumOfStatement(others, item.itemId));
    for (const cell of item.groups) {
      if (cell.mean !== null) equations.push(sumOfStatement(counted(cell.group), item.itemId));
    }
  }
  return equations;
}

/** Whether some rater can solve for another rater's skill mean or one of their answers. */
export function findLeak(
  equations: readonly Linear[],
  raters: readonly ReviewResponseInput[],
  isDetermined: (equations: readonly Linear[], target: Linear) => boolean,
): string | null {
  for (const reader of raters) {
    const known = (cell: Cell) => cell.startsWith(`${reader.responseId}:`);
    const seen = equations.map((e) => new Map([...e].filter(([cell]) => !known(cell))));
    for (const other of raters.filter((rater) => rater !== reader)) {
      const items = ratedItems(other);
      if (items.length === 0) continue;
      const mean = new Map(items.map((item): [Cell, number] => [cellOf(other, item), 1]));
      if (isDetermined(seen, mean)) return `${reader.responseId} solves ${other.responseId}'s mean`;
      for (const item of items) {
        const one = new Map<Cell, number>([[cellOf(other, item), 1]]);
        if (isDetermined(seen, one)) return `${reader.responseId} solves ${cellOf(other, item)}`;
      }
    }
  }
  return null;
}

export const answersOf = (values: readonly RaterAnswer[]) =>
  Object.fromEntries(values.map((value, index) => [statements[index] ?? '', value]));
