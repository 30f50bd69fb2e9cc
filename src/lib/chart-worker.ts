// Draws the page's charts off its main thread, on canvases handed over with
// transferControlToOffscreen (see chart-offscreen.ts): chart.js's first chart took 40–100 ms of one
// task on the page itself.
import { BasicPlatform, type Chart, type ChartEvent } from 'chart.js';
import { createOffscreenChart } from './chart';
import type { ChartPointer, ChartReply, ChartRequest } from './chart-messages';

type Listener = (event: ChartEvent) => void;

const charts = new Map<number, Chart>();
const listeners = new WeakMap<Chart, Map<string, Listener>>();

/**
 * chart.js's platform for a canvas without a page: the page forwards pointer events (hover for
 * tooltips, a click on the legend), and this hands them to the chart that asked for them.
 */
class WorkerPlatform extends BasicPlatform {
  override addEventListener(chart: Chart, type: string, listener: Listener): void {
    const forChart = listeners.get(chart) ?? new Map<string, Listener>();
    forChart.set(type, listener);
    listeners.set(chart, forChart);
  }

  override removeEventListener(chart: Chart, type: string): void {
    listeners.get(chart)?.delete(type);
  }
}

function reply(message: ChartReply): void {
  postMessage(message);
}

function point(chart: Chart | undefined, { type, x, y }: ChartPointer): void {
  if (!chart) return;
  listeners.get(chart)?.get(type)?.({ type, x, y, native: new Event(type) });
}

function handle(request: ChartRequest): void {
  if (request.kind === 'draw') {
    const { id, canvas, config, size, ratio } = request;
    // chart.js reads the drawing's size from the canvas and scales it by the ratio itself. Not
    // "responsive": that measures the canvas again, and would scale it twice.
    canvas.width = size.width;
    canvas.height = size.height;
    const options = { ...config.options, responsive: false, devicePixelRatio: ratio };
    try {
      const chart = createOffscreenChart(canvas, { ...config, options, platform: WorkerPlatform });
      charts.set(id, chart);
      reply({ kind: 'drawn', id });
    } catch {
      reply({ kind: 'failed', id });
    }
  } else if (request.kind === 'resize') {
    charts.get(request.id)?.resize(request.size.width, request.size.height);
  } else if (request.kind === 'pointer') {
    point(charts.get(request.id), request.pointer);
  } else {
    charts.get(request.id)?.destroy();
    charts.delete(request.id);
  }
}

addEventListener('message', (event: MessageEvent<ChartRequest>) => {
  handle(event.data);
});
