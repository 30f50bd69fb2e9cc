import type { Answers } from './assessment';
import { itemsForSkill, type Item, type ItemBank } from '../instrument/instrument';
import { skillIds, type SkillId } from '../instrument/skills';

/** The self-assessment walks the skills in instrument order, then a review step. */
export type AssessmentStep = SkillId | 'review';
export const assessmentSteps: readonly AssessmentStep[] = [...skillIds, 'review'];

export function isAssessmentStep(value: string | undefined): value is AssessmentStep {
  return assessmentSteps.some((step) => step === value);
}

export function stepNumber(step: AssessmentStep): number {
  return assessmentSteps.indexOf(step) + 1;
}

export function nextStep(step: AssessmentStep): AssessmentStep | null {
  return assessmentSteps[assessmentSteps.indexOf(step) + 1] ?? null;
}

export function previousStep(step: AssessmentStep): AssessmentStep | null {
  const index = assessmentSteps.indexOf(step);
  return index > 0 ? (assessmentSteps[index - 1] ?? null) : null;
}

/** Items in bank order that have no answer yet. */
export function unansweredItems(bank: ItemBank, answers: Answers): Item[] {
  return bank.items.filter((item) => answers[item.id] === undefined);
}

export function answeredCount(bank: ItemBank, skill: SkillId, answers: Answers): number {
  return itemsForSkill(bank, skill).filter((item) => answers[item.id] !== undefined).length;
}

/** 1-based position of an item in the whole instrument, as shown to the user. */
export function itemNumber(bank: ItemBank, itemId: string): number {
  return bank.items.findIndex((item) => item.id === itemId) + 1;
}
