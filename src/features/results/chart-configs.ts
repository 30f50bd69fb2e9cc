import type { ChartConfig } from '../../lib/chart';
import { cssColor } from '../../lib/css-color';
import { wrapLabel } from '../../lib/wrap-label';

export function radarConfig(labels: string[], values: number[], seriesLabel: string): ChartConfig {
  const accent = cssColor('--accent', '#1d4ed8');
  const text = cssColor('--text', '#111827');
  const grid = cssColor('--border', '#d1d5db');
  return {
    type: 'radar',
    data: {
      labels: labels.map((label) => wrapLabel(label)),
      datasets: [
        {
          label: seriesLabel,
          data: values,
          borderColor: accent,
          backgroundColor: `${accent}33`,
          fill: true,
        },
      ],
    },
    options: {
      animation: false,
      maintainAspectRatio: false,
      plugins: { legend: { display: false } },
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

export function barConfig(labels: string[], values: number[], seriesLabel: string): ChartConfig {
  const accent = cssColor('--accent', '#1d4ed8');
  const text = cssColor('--text', '#111827');
  const grid = cssColor('--border', '#d1d5db');
  return {
    type: 'bar',
    data: { labels, datasets: [{ label: seriesLabel, data: values, backgroundColor: accent }] },
    options: {
      indexAxis: 'y',
      animation: false,
      maintainAspectRatio: false,
      plugins: { legend: { display: false } },
      scales: {
        x: { min: 0, max: 100, ticks: { color: text }, grid: { color: grid } },
        y: { ticks: { color: text }, grid: { display: false } },
      },
    },
  };
}
