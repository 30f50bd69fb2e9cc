import { describe, expect, it } from 'vitest';
import {
  levelForIndex,
  levelThresholds,
  readinessLevels,
} from '../../../../src/domain/assessment/readiness';

describe('levelForIndex', () => {
  it.each([
    [0, 'foundational'],
    [39.99, 'foundational'],
    [40, 'developing'],
    [59.99, 'developing'],
    [60, 'proficient'],
    [74.99, 'proficient'],
    [75, 'executive-ready'],
    [100, 'executive-ready'],
  ] as const)('places an index of %d at level %s', (index, level) => {
    expect(levelForIndex(index)).toBe(level);
  });

  it.each(readinessLevels.map((level) => [level, levelThresholds[level]] as const))(
    'starts level %s exactly at its threshold %d',
    (level, threshold) => {
      expect(levelForIndex(threshold)).toBe(level);
    },
  );

  it('orders the thresholds from lowest to highest level', () => {
    const thresholds = readinessLevels.map((level) => levelThresholds[level]);
    expect(thresholds).toEqual([...thresholds].sort((a, b) => a - b));
    expect(new Set(thresholds).size).toBe(thresholds.length);
  });
});
