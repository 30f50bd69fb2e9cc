import type { ReviewReport } from '../../../domain/review/review-report';
import type { ChartConfig } from '../../../lib/chart';
import { cssColor, radarScale, themeColors } from '../../../lib/chart-theme';

/** Self, manager and others on one radar; a missing figure leaves a gap rather than a zero. */
export function overlayRadarConfig(
  report: ReviewReport,
  labels: string[][],
  names: { self: string; manager: string; others: string },
): ChartConfig {
  const { accent, text, grid } = themeColors();
  const series = [
    {
      label: names.self,
      color: cssColor('--series-self', '#b45309'),
      pick: (s: ReviewReport['skills'][number]) => s.self?.index ?? null,
    },
    {
      label: names.manager,
      color: cssColor('--series-manager', '#047857'),
      pick: (s: ReviewReport['skills'][number]) => s.manager?.index ?? null,
    },
    {
      label: names.others,
      color: accent,
      pick: (s: ReviewReport['skills'][number]) => s.others?.index ?? null,
    },
  ];
  return {
    type: 'radar',
    data: {
      labels,
      datasets: series.map((entry, index) => ({
        label: entry.label,
        data: report.skills.map(entry.pick),
        borderColor: entry.color,
        backgroundColor: `${entry.color}22`,
        borderDash: index === 1 ? [6, 4] : [],
        pointStyle: (['circle', 'rect', 'triangle'] as const)[index],
        spanGaps: true,
      })),
    },
    options: {
      animation: false,
      maintainAspectRatio: false,
      plugins: { legend: { display: true, labels: { color: text, usePointStyle: true } } },
      scales: { r: radarScale({ text, grid }) },
    },
  };
}
