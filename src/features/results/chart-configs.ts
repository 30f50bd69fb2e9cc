import type { ChartConfig } from '../../lib/chart';
import { radarScale, themeColors } from '../../lib/chart-theme';
import { wrapLabel } from '../../lib/wrap-label';

export function radarConfig(labels: string[], values: number[], seriesLabel: string): ChartConfig {
  const { accent, text, grid } = themeColors();
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
      scales: { r: radarScale({ text, grid }) },
    },
  };
}

export function barConfig(labels: string[], values: number[], seriesLabel: string): ChartConfig {
  const { accent, text, grid } = themeColors();
  return {
    type: 'bar',
    // Wrapped as on the radar: a long skill name (French, Spanish) would be cut at a phone's width.
    data: {
      labels: labels.map((label) => wrapLabel(label)),
      datasets: [{ label: seriesLabel, data: values, backgroundColor: accent }],
    },
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
