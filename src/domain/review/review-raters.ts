import { itemsForSkill, type ItemBank, type ItemId } from '../instrument/instrument';
import type { RaterAnswers, RaterCategory, RaterResponse } from './review';
import { minAnsweredForSkill } from './review-rules';
import { isRating, type Rating } from '../instrument/scale';
import { mean } from '../assessment/scoring';
import type { SkillId } from '../instrument/skills';

/** Self-assessment `Answers` and rater `RaterAnswers` both fit: 1–5, or 0 for not observed. */
export type AnswerSheet = Readonly<Partial<Record<ItemId, number>>>;

export type OtherRaterCategory = Exclude<RaterCategory, 'self'>;

/** One opened response from someone other than the subject. */
export interface ReviewResponseInput {
  responseId: string;
  category: OtherRaterCategory;
  answers: AnswerSheet;
  strength: string;
  develop: string;
}

/** A rating on the scale, or null for "Not observed", a missing answer or anything else. */
export function readRating(sheet: AnswerSheet, itemId: ItemId): Rating | null {
  const answer = sheet[itemId];
  return isRating(answer) ? answer : null;
}

/** A rater's mean for a skill, or null when they rated too few of its items to count. */
export function scoreRaterSkill(sheet: AnswerSheet, bank: ItemBank, skill: SkillId): number | null {
  const items = itemsForSkill(bank, skill);
  const ratings = items.flatMap((item) => {
    const rating = readRating(sheet, item.id);
    return rating === null ? [] : [rating];
  });
  if (ratings.length < minAnsweredForSkill(items.length)) return null;
  return mean(ratings);
}

/**
 * Splits a review's responses into the subject's own ("self", when a manager owns the review)
 * and everyone else's. Should a subject answer twice, the later response is their view.
 */
export function separateSelfResponse(responses: readonly RaterResponse[]): {
  self: RaterAnswers | null;
  others: ReviewResponseInput[];
} {
  let self: RaterAnswers | null = null;
  const others: ReviewResponseInput[] = [];
  for (const response of responses) {
    if (response.category === 'self') {
      self = response.answers;
    } else {
      const { responseId, category, answers, strength, develop } = response;
      others.push({ responseId, category, answers, strength, develop });
    }
  }
  return { self, others };
}
