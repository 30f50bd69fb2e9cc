import {
  AGREEMENT_HIGH_MEAN,
  BLIND_SPOT_GAP,
  DISAGREEMENT_RANGE,
  DISAGREEMENT_SD,
  isAtLeast,
} from './review-rules';
import { mean } from '../assessment/scoring';
import type { AgreementType } from './agreement-types';

/** Self clearly above others: the subject sees a strength others do not (yet). */
export function isBlindSpot(gap: number): boolean {
  return isAtLeast(gap, BLIND_SPOT_GAP);
}

/** Others clearly above self: a strength the subject undersells. */
export function isHiddenStrength(gap: number): boolean {
  return isAtLeast(-gap, BLIND_SPOT_GAP);
}

export function classifyAgreement(
  self: number | null,
  others: number | null,
): AgreementType | null {
  if (self === null || others === null) return null;
  const gap = self - others;
  if (isBlindSpot(gap)) return 'over-rater';
  if (isHiddenStrength(gap)) return 'under-rater';
  return isAtLeast(others, AGREEMENT_HIGH_MEAN) ? 'in-agreement-high' : 'in-agreement-low';
}

export interface RaterSpread {
  raters: number;
  /** Population SD of the rater means: these raters are the whole group, not a sample of it. */
  sd: number;
  range: number;
  isDisagreement: boolean;
}

/**
 * A simple SD and range over rater means reads more plainly than r_wg with 3–8 raters.
 * Note that a population SD never exceeds half the range, so SD ≥ 1 implies range ≥ 2.
 */
export function measureSpread(raterMeans: readonly number[]): RaterSpread | null {
  const center = mean(raterMeans);
  if (center === null) return null;
  const variance = mean(raterMeans.map((value) => (value - center) ** 2)) ?? 0;
  const sd = Math.sqrt(variance);
  const range = Math.max(...raterMeans) - Math.min(...raterMeans);
  return {
    raters: raterMeans.length,
    sd,
    range,
    isDisagreement: isAtLeast(sd, DISAGREEMENT_SD) || isAtLeast(range, DISAGREEMENT_RANGE),
  };
}
