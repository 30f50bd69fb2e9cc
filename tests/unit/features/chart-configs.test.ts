import { describe, expect, it } from 'vitest';
import { barConfig, radarConfig } from '../../../src/features/results/chart-configs';

// The French skill names, the longest of the three languages.
const skills = [
  'Présence de leader',
  'Pensée stratégique',
  'Sens financier et sens des affaires',
  'Prise de décision fondée sur les données',
  'Résilience et adaptabilité',
];

describe('the results charts', () => {
  it.each([
    ['bar', barConfig],
    ['radar', radarConfig],
  ])('the %s chart writes each skill name on short lines, every word kept', (_name, build) => {
    const labels = build(skills, [80, 70, 60, 50, 40], 'Indice').data.labels ?? [];
    expect(labels).toHaveLength(skills.length);
    labels.forEach((label, index) => {
      const lines = Array.isArray(label) ? label : [label];
      expect(lines.join(' ')).toBe(skills[index]);
      for (const line of lines) expect(line.length).toBeLessThanOrEqual(16);
    });
  });
});
