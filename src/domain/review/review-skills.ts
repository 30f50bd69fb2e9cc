import type { ItemBank } from '../instrument/instrument';
import type { GroupPlan, ReportGroupId } from './review-groups';
import { scoreRaterSkill, type AnswerSheet, type ReviewResponseInput } from './review-raters';
import { discloseSpread, mayShowMean, type DisclosedSpread } from './review-disclosure';
import { classifyAgreement, isBlindSpot, isHiddenStrength } from './review-stats';
import type { AgreementType } from './agreement-types';
import { mean, toIndex } from '../assessment/scoring';
import type { SkillId } from '../instrument/skills';
import type { AgreementBand } from './agreement-band';
import { discloseAgreement } from './rater-agreement';
import { discloseAlpha } from './scale-reliability';
import { completeRows, readSkillStatements } from './skill-statements';

/** A shown figure: the mean of rater means (each rater weighs the same) and how many raters. */
export interface Figure {
  mean: number;
  index: number;
  raters: number;
}

export type GroupSkillScore =
  | ({ group: ReportGroupId; status: 'shown' } & Figure)
  | {
      group: ReportGroupId;
      status: 'withheld';
      reason: 'too-few-for-skill';
      raters: number;
      threshold: number;
    };

export interface SkillReport {
  skill: SkillId;
  self: { mean: number; index: number } | null;
  /** Attributed: shown for any number of managers. */
  manager: Figure | null;
  groups: GroupSkillScore[];
  /** The shown non-manager groups together; never the manager, see `scoreSkillReport`. */
  others: Figure | null;
  /** Manager plus the raters behind `others`: made only of figures already shown. */
  allExceptSelf: Figure | null;
  /** Self − others on the 1–5 scale, and the same on the 0–100 index. */
  gap: number | null;
  gapIndex: number | null;
  isBlindSpot: boolean;
  isHiddenStrength: boolean;
  agreement: AgreementType | null;
  /**
   * Among the raters behind `others`, as a band or withheld (review-disclosure.ts), never an
   * exact SD or range; null whenever `others` is.
   */
  spread: DisclosedSpread | null;
  /**
   * Cronbach's α of the skill's statements across the raters behind `others` who rated them all;
   * null until enough did (scale-reliability.ts). It describes the statements, not the person.
   */
  alpha: number | null;
  /** r_wg(J) among the raters behind `others`, as a band only; null when not shown (rater-agreement.ts). */
  agreementIndex: AgreementBand | null;
}

export interface SkillContext {
  bank: ItemBank;
  self: AnswerSheet | null;
  plan: GroupPlan;
  threshold: number;
}

function toFigure(raterMeans: readonly number[]): Figure | null {
  const value = mean(raterMeans);
  return value === null ? null : { mean: value, index: toIndex(value), raters: raterMeans.length };
}

/**
 * `others` takes only groups whose own figure for this skill is shown. Were a group with too
 * few counted raters folded in, others minus the shown groups would expose those few raters;
 * were the manager folded in, others minus the attributed manager figure would do the same.
 */
export function scoreSkillReport(skill: SkillId, context: SkillContext): SkillReport {
  const { bank, plan, threshold } = context;
  const meansOf = (raters: readonly ReviewResponseInput[]) =>
    raters.flatMap((rater) => {
      const value = scoreRaterSkill(rater.answers, bank, skill);
      return value === null ? [] : [value];
    });

  const statements = readSkillStatements(plan, bank, skill, threshold);
  const selfMean = context.self === null ? null : scoreRaterSkill(context.self, bank, skill);
  const managerMeans = meansOf(plan.managers);
  const rated = plan.groups.map((group) => ({ group: group.id, means: meansOf(group.raters) }));
  const groups = rated.map(({ group, means }): GroupSkillScore => {
    const figure = toFigure(means);
    return figure !== null && mayShowMean(means.length, threshold)
      ? { group, status: 'shown', ...figure }
      : { group, status: 'withheld', reason: 'too-few-for-skill', raters: means.length, threshold };
  });
  const othersMeans = rated
    .filter(({ means }) => mayShowMean(means.length, threshold))
    .flatMap(({ means }) => means);
  const others = toFigure(othersMeans);
  const hasBoth = selfMean !== null && others !== null;
  const gap = hasBoth ? selfMean - others.mean : null;
  const gapIndex = hasBoth ? toIndex(selfMean) - others.index : null;

  return {
    skill,
    self: selfMean === null ? null : { mean: selfMean, index: toIndex(selfMean) },
    manager: toFigure(managerMeans),
    groups,
    others,
    allExceptSelf: others === null ? null : toFigure([...managerMeans, ...othersMeans]),
    gap,
    gapIndex,
    isBlindSpot: gap !== null && isBlindSpot(gap),
    isHiddenStrength: gap !== null && isHiddenStrength(gap),
    agreement: classifyAgreement(selfMean, others?.mean ?? null),
    spread: others === null ? null : discloseSpread(othersMeans, threshold),
    alpha: discloseAlpha(completeRows(statements.othersRows)),
    agreementIndex: statements.othersShown ? discloseAgreement(statements.othersRows) : null,
  };
}
