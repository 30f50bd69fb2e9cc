/**
 * Readiness levels on the 0–100 index. The index maps the 1–5 mean linearly
 * ((mean − 1) / 4 × 100), so each band is a fixed stretch of the scale.
 */
export const readinessLevels = [
  'foundational',
  'developing',
  'proficient',
  'executive-ready',
] as const;
export type ReadinessLevel = (typeof readinessLevels)[number];

/** Lower bound (inclusive) of each level. 75 = a mean of 4 ("often"): the bar for executive-ready. */
export const levelThresholds: Record<ReadinessLevel, number> = {
  foundational: 0,
  developing: 40,
  proficient: 60,
  'executive-ready': 75,
};

export function levelForIndex(index: number): ReadinessLevel {
  let level: ReadinessLevel = 'foundational';
  for (const candidate of readinessLevels) {
    if (index >= levelThresholds[candidate]) level = candidate;
  }
  return level;
}
