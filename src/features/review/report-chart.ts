import type { ReviewReport } from '../../domain/review-report';
import type { ChartConfig } from '../../lib/chart';
import { cssColor } from '../../lib/css-color';

/** Self, manager and others on one radar; a missing figure leaves a gap rather than a zero. */
export function overlayRadarConfig(
  report: ReviewReport,
  labels: string[][],
  names: { self: string; manager: string; others: string },
): ChartConfig {
  const text = cssColor('--text', '#111827');
  const grid = cssColor('--border', '#d1d5db');
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
      color: cssColor('--accent', '#1d4ed8'),
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
      scales: {
        r: {
          min: 0,
          max: 100,
          ticks: { stepSize: 25, color: text, backdropColor: 'transparent' },
          grid: { color: grid },
          angleLines: { color: grid },
          pointLabels: { color: text, font: { size: 12 } },
        },
      },
    },
  };
}
