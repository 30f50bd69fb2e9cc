import type { NamedRater, OwnedReview } from '../review/owned-review';
import { raterCategories, type RaterCategory } from '../review/review';
import { groupedCategories, type GroupedCategory } from '../review/review-groups';
import { clampThreshold } from '../review/review-rules';
import { currentWave } from '../review/review-waves';

export interface GroupProgress {
  category: RaterCategory;
  responded: number;
  /** The threshold for peers, direct reports and others; one for self and manager. */
  needed: number;
}

export type NextStep =
  | { kind: 'awaiting'; category: RaterCategory; missing: number }
  | { kind: 'ready-to-share' }
  | { kind: 'shared' };

/** Where one person's review stands, in its open (or latest) wave. */
export interface TeamRow {
  reviewId: string;
  subjectName: string;
  dueDate: string;
  isOverdue: boolean;
  wave: number;
  isShared: boolean;
  groups: GroupProgress[];
  /** Named raters who have not answered in this wave, and those who have: owner-only facts. */
  pending: NamedRater[];
  answered: NamedRater[];
  totalResponses: number;
  nextStep: NextStep;
}

function isGrouped(category: RaterCategory): category is GroupedCategory {
  return groupedCategories.some((grouped) => grouped === category);
}

function countByCategory(review: OwnedReview, wave: number): Map<RaterCategory, number> {
  const counts = new Map<RaterCategory, number>(raterCategories.map((c) => [c, 0]));
  for (const { response, wave: responseWave } of review.responses) {
    if (responseWave === wave)
      counts.set(response.category, (counts.get(response.category) ?? 0) + 1);
  }
  return counts;
}

/** The first invited group still short of what the report needs, in category order. */
function chooseNextStep(groups: readonly GroupProgress[], isShared: boolean): NextStep {
  if (isShared) return { kind: 'shared' };
  const short = groups.find((group) => group.responded < group.needed);
  return short
    ? { kind: 'awaiting', category: short.category, missing: short.needed - short.responded }
    : { kind: 'ready-to-share' };
}

/** `today` is the manager's local day, YYYY-MM-DD: a review is overdue the day after it is due. */
export function buildTeamRow(review: OwnedReview, today: string): TeamRow {
  const wave = currentWave(review);
  const threshold = clampThreshold(review.threshold);
  const counts = countByCategory(review, wave.number);
  const groups = raterCategories
    .filter((category) => review.categories.includes(category))
    .map((category) => ({
      category,
      responded: counts.get(category) ?? 0,
      needed: isGrouped(category) ? threshold : 1,
    }));
  const answeredIds = new Set(
    review.responses.flatMap((r) =>
      r.wave === wave.number && r.response.raterId ? [r.response.raterId] : [],
    ),
  );
  const isShared = wave.frozenAt !== null;
  const isComplete = groups.every((group) => group.responded >= group.needed);
  return {
    reviewId: review.id,
    subjectName: review.subjectName,
    dueDate: review.dueDate,
    isOverdue: !isShared && !isComplete && review.dueDate < today,
    wave: wave.number,
    isShared,
    groups,
    pending: review.namedRaters.filter((rater) => !answeredIds.has(rater.id)),
    answered: review.namedRaters.filter((rater) => answeredIds.has(rater.id)),
    totalResponses: review.responses.filter((r) => r.wave === wave.number).length,
    nextStep: chooseNextStep(groups, isShared),
  };
}
