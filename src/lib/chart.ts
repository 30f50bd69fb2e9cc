import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  RadarController,
  RadialLinearScale,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';

// Only what Ascent draws is registered, so the rest of chart.js stays out of the bundle.
Chart.register(
  RadarController,
  LineController,
  BarController,
  RadialLinearScale,
  LinearScale,
  CategoryScale,
  PointElement,
  LineElement,
  BarElement,
  Filler,
  Tooltip,
  Legend,
);

/** Labels may be several lines (string[]), which keeps long skill names from shrinking a radar. */
export type ChartConfig = ChartConfiguration<
  'radar' | 'bar' | 'line',
  (number | null)[],
  string | string[]
>;

/** In a worker, on a canvas the page handed over (chart-worker.ts). */
export function createOffscreenChart(canvas: OffscreenCanvas, config: ChartConfig): Chart {
  // chart.js draws on an OffscreenCanvas (its guide, "Using from a web worker"), but its types
  // name only the page's canvas.
  return new Chart(canvas as unknown as HTMLCanvasElement, config);
}

export function drawChart(canvas: HTMLCanvasElement, config: ChartConfig): () => void {
  const chart = new Chart(canvas, config);
  return () => {
    chart.destroy();
  };
}
