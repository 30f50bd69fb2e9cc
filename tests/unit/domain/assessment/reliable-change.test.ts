import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ASSUMED_RELIABILITY,
  FULL_SKILL_THRESHOLD,
  meanInterItemCorrelation,
  readChange,
  reliableChangeIndex,
  reliableChangeThreshold,
  scaleItemVariance,
  skillIndexError,
} from '../../../../src/domain/assessment/reliable-change';

const itemCounts = fc.integer({ min: 1, max: 6 });
const reliabilities = fc.double({ min: 0.05, max: 0.95, noNaN: true });
const changes = fc.double({ min: -100, max: 100, noNaN: true });

describe('reliable change for a skill index', () => {
  it('takes the item spread of a five-point scale answered evenly: (5² − 1) / 12 = 2', () => {
    expect(scaleItemVariance(5)).toBe(2);
  });

  it('derives the inter-item correlation a six-statement scale of α = .80 implies (.40)', () => {
    expect(meanInterItemCorrelation(0.8, 6)).toBeCloseTo(0.4, 10);
  });

  it('needs about 31 index points for a full skill at the assumed reliability', () => {
    expect(ASSUMED_RELIABILITY).toBe(0.8);
    // SEM = √(2 × 0.6 / 6) scale points = 0.447 × 25 = 11.18 index points; × 1.96 × √2.
    expect(skillIndexError(6)).toBeCloseTo(11.18, 2);
    expect(FULL_SKILL_THRESHOLD).toBeCloseTo(30.99, 2);
  });

  it.each([
    [30, 'noise'],
    [-30, 'noise'],
    [32, 'real-rise'],
    [-32, 'real-fall'],
    [0, 'noise'],
  ] as const)('reads a change of %d on six statements as %s', (change, reading) => {
    expect(readChange(change, 6)).toBe(reading);
  });

  it('asks for a larger change when fewer statements are compared', () => {
    expect(reliableChangeThreshold(3)).toBeGreaterThan(reliableChangeThreshold(6));
  });

  it('is symmetric: a fall reads as the mirror of the same rise', () => {
    fc.assert(
      fc.property(changes, itemCounts, (change, count) => {
        const rise = readChange(Math.abs(change), count);
        const fall = readChange(-Math.abs(change), count);
        expect(rise === 'noise').toBe(fall === 'noise');
        expect(reliableChangeIndex(-change, count)).toBeCloseTo(
          -reliableChangeIndex(change, count),
          9,
        );
      }),
    );
  });

  it('grows with the size of the change, so a larger change is never less real', () => {
    fc.assert(
      fc.property(changes, changes, itemCounts, (a, b, count) => {
        const [small, large] = Math.abs(a) <= Math.abs(b) ? [a, b] : [b, a];
        expect(Math.abs(reliableChangeIndex(large, count))).toBeGreaterThanOrEqual(
          Math.abs(reliableChangeIndex(small, count)),
        );
        if (readChange(small, count) !== 'noise')
          expect(readChange(large, count)).not.toBe('noise');
      }),
    );
  });

  it('asks for a smaller change when the scale is more reliable', () => {
    fc.assert(
      fc.property(reliabilities, reliabilities, itemCounts, (a, b, count) => {
        fc.pre(Math.abs(a - b) > 1e-6);
        const [lower, higher] = a < b ? [a, b] : [b, a];
        expect(reliableChangeThreshold(count, { reliability: higher })).toBeLessThan(
          reliableChangeThreshold(count, { reliability: lower }),
        );
      }),
    );
  });

  it('reads a change at the threshold as noise and just beyond it as real', () => {
    fc.assert(
      fc.property(itemCounts, reliabilities, (count, reliability) => {
        const threshold = reliableChangeThreshold(count, { reliability });
        expect(readChange(threshold * 0.999, count, { reliability })).toBe('noise');
        expect(readChange(threshold * 1.001, count, { reliability })).toBe('real-rise');
      }),
    );
  });
});
