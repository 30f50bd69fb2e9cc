import { ITEMS_PER_SKILL } from '../instrument/instrument';
import { MIN_ANONYMITY_THRESHOLD } from './review';

/**
 * The 360 report rules, one constant each, so the app can state them next to the report.
 * Every comparison against a rule uses `isAtLeast`, so a boundary value counts as reached.
 */

/** A rater counts for a skill only after rating (1–5) at least this share of its items: 3 of 6. */
export const MIN_ANSWERED_SHARE = 0.5;

/** Self above others by this many scale points is a blind spot; below by as much, a hidden strength. */
export const BLIND_SPOT_GAP = 0.5;

/** Atwater–Yammarino: when self and others agree, others' mean at or above this is "agree, high". */
export const AGREEMENT_HIGH_MEAN = 3.5;

/** Raters disagree on a skill when their means spread this far (population SD, 1–5 scale)… */
export const DISAGREEMENT_SD = 1.0;
/** …or when the highest and lowest rater means lie this far apart (not shown: see disclosure). */
export const DISAGREEMENT_RANGE = 2.0;
/** Below this SD raters broadly agree: the "close agreement" band. This app's rule, not a norm. */
export const CLOSE_AGREEMENT_SD = 0.5;

/**
 * Cronbach's α for a skill is computed only from raters who rated all of its statements, and
 * shown once this many did: Explorance reads Greguras & Robie as needing about 8 peers for an
 * acceptable reliability, and α from fewer raters swings too much to read.
 */
export const RELIABILITY_MIN_RATERS = 8;
/** α readings (Nunnally & Bernstein): from .80 the statements agree well, from .70 acceptably. */
export const RELIABILITY_GOOD = 0.8;
export const RELIABILITY_ACCEPTABLE = 0.7;

/**
 * r_wg(J) below this reads "raters disagree: talk about it". The .70 cut-off is widely used but
 * not confirmed in the sources Ascent checked, so it is stated as this app's rule.
 */
export const AGREEMENT_RWG = 0.7;
/** r_wg(J) is shown (as a band only) once this many raters are behind "others". */
export const AGREEMENT_MIN_RATERS = 5;

/** A statement this share of the raters marked "not observed" is hard to observe, not a weakness. */
export const HARD_TO_OBSERVE_SHARE = 0.3;

/** How many items each highlight list (highest, lowest, largest gaps) names at most. */
export const ITEM_HIGHLIGHT_COUNT = 5;

/**
 * Means of sixths and thirds are not exact in binary, so 25/6 − 11/3 lands a hair off 0.5;
 * this margin keeps such a value on the side of the rule its fractions put it.
 */
export const ROUNDING_TOLERANCE = 1e-9;

export function isAtLeast(value: number, bound: number): boolean {
  return value >= bound - ROUNDING_TOLERANCE;
}

/** The owner may raise the threshold, never lower it; fractions round up, the stricter way. */
export function clampThreshold(threshold: number): number {
  if (!Number.isFinite(threshold)) return MIN_ANONYMITY_THRESHOLD;
  return Math.max(MIN_ANONYMITY_THRESHOLD, Math.ceil(threshold));
}

/** Three of six: below half, a skill mean would rest on one or two behaviors. */
export function minAnsweredForSkill(itemCount: number): number {
  return Math.max(1, Math.ceil(itemCount * MIN_ANSWERED_SHARE));
}

export const reviewRuleIds = [
  'not-observed-excluded',
  'half-of-items',
  'manager-attributed',
  'group-threshold',
  'pool-threshold',
  'skill-threshold',
  'item-threshold',
  'others-without-manager',
  'disclosure',
  'item-figures',
  'hard-to-observe',
  'reliability',
  'agreement-index',
  'blind-spot',
  'agreement-types',
  'disagreement',
  'comments',
] as const;
export type ReviewRuleId = (typeof reviewRuleIds)[number];

export interface ReviewRule {
  id: ReviewRuleId;
  /** Numbers the rule's translated sentence interpolates. */
  values: Record<string, number>;
}

/** The rules as the report page states them: ids for the locales, numbers as applied. */
export function listReviewRules(threshold: number): ReviewRule[] {
  const applied = clampThreshold(threshold);
  const values: Record<ReviewRuleId, Record<string, number>> = {
    'not-observed-excluded': {},
    'half-of-items': { min: minAnsweredForSkill(ITEMS_PER_SKILL), of: ITEMS_PER_SKILL },
    'manager-attributed': {},
    'group-threshold': { threshold: applied },
    'pool-threshold': { threshold: applied },
    'skill-threshold': { threshold: applied },
    'item-threshold': { threshold: applied },
    'others-without-manager': {},
    'blind-spot': { gap: BLIND_SPOT_GAP },
    'agreement-types': { gap: BLIND_SPOT_GAP, high: AGREEMENT_HIGH_MEAN },
    disclosure: { threshold: applied },
    'item-figures': { threshold: applied },
    'hard-to-observe': { percent: Math.round(HARD_TO_OBSERVE_SHARE * 100) },
    reliability: {
      raters: RELIABILITY_MIN_RATERS,
      good: RELIABILITY_GOOD,
      acceptable: RELIABILITY_ACCEPTABLE,
    },
    'agreement-index': { raters: AGREEMENT_MIN_RATERS, cutoff: AGREEMENT_RWG },
    disagreement: { sd: DISAGREEMENT_SD, close: CLOSE_AGREEMENT_SD },
    comments: { threshold: applied },
  };
  return reviewRuleIds.map((id) => ({ id, values: values[id] }));
}
