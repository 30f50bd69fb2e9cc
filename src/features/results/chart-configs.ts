import type { ChartConfig } from '../../lib/chart';

/** Colors come from the page's CSS custom properties so charts follow the light or dark theme. */
function cssColor(name: string, fallback: string): string {
  const value = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  return value || fallback;
}

/** Breaks a label into lines of about `width` characters at spaces. */
export function wrapLabel(label: string, width = 16): string[] {
  const lines: string[] = [];
  for (const word of label.split(' ')) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + word.length + 1 <= width) {
      lines[lines.length - 1] = `${last} ${word}`;
    } else {
      lines.push(word);
    }
  }
  return lines;
}

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
