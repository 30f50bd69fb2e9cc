import { ITEMS_PER_SKILL } from '../instrument/instrument';
import { SCALE_MAX, SCALE_MIN } from '../instrument/scale';

/**
 * Reliability assumed for a full six-statement skill scale. One person's self-assessment has no
 * sample to compute Cronbach's α from, so the figure is an assumption, not a measurement: .80 is
 * the level called desirable (Nunnally & Bernstein) and a safe target for short scales.
 */
export const ASSUMED_RELIABILITY = 0.8;

/** Jacobson & Truax: beyond 1.96 standard errors of the difference, noise alone explains < 5 %. */
export const RELIABLE_CHANGE_CRITICAL = 1.96;

const SCALE_POINTS = SCALE_MAX - SCALE_MIN + 1;

/**
 * Without a norm sample, the spread of one statement's answers is taken from the scale itself:
 * answers scattered evenly over its points, (A² − 1) / 12 (the same reference r_wg uses). Real
 * answers usually cluster more, so this errs towards calling a change noise.
 */
export function scaleItemVariance(points: number = SCALE_POINTS): number {
  return (points * points - 1) / 12;
}

/** Mean inter-statement correlation implied by a scale's reliability (Spearman–Brown, inverted). */
export function meanInterItemCorrelation(reliability: number, length: number): number {
  return reliability / (length - (length - 1) * reliability);
}

export interface ReliableChangeOptions {
  /** Reliability of a full skill scale of `ITEMS_PER_SKILL` statements. */
  reliability?: number;
  scalePoints?: number;
}

/**
 * Standard error of measurement of a skill index built from `itemCount` statements, in 0–100
 * index points: each statement's error variance σ²(1 − r̄), averaged over the statements.
 */
export function skillIndexError(itemCount: number, options: ReliableChangeOptions = {}): number {
  const reliability = options.reliability ?? ASSUMED_RELIABILITY;
  const points = options.scalePoints ?? SCALE_POINTS;
  const correlation = meanInterItemCorrelation(reliability, ITEMS_PER_SKILL);
  const meanError = Math.sqrt((scaleItemVariance(points) * (1 - correlation)) / itemCount);
  return meanError * (100 / (points - 1));
}

/** The smallest change of a skill index, in index points, that counts as a real change. */
export function reliableChangeThreshold(
  itemCount: number,
  options: ReliableChangeOptions = {},
): number {
  return RELIABLE_CHANGE_CRITICAL * Math.SQRT2 * skillIndexError(itemCount, options);
}

/** Jacobson & Truax's RCI: the change divided by the standard error of the difference. */
export function reliableChangeIndex(
  change: number,
  itemCount: number,
  options: ReliableChangeOptions = {},
): number {
  return change / (Math.SQRT2 * skillIndexError(itemCount, options));
}

export type ChangeReading = 'noise' | 'real-rise' | 'real-fall';

export function readChange(
  change: number,
  itemCount: number,
  options: ReliableChangeOptions = {},
): ChangeReading {
  const index = reliableChangeIndex(change, itemCount, options);
  if (Math.abs(index) <= RELIABLE_CHANGE_CRITICAL) return 'noise';
  return index > 0 ? 'real-rise' : 'real-fall';
}

/** The threshold for a full skill at the assumed reliability, for texts that quote it. */
export const FULL_SKILL_THRESHOLD = reliableChangeThreshold(ITEMS_PER_SKILL);
