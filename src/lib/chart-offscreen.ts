import type { ChartConfig } from './chart';
import {
  pointerEvents,
  type ChartReply,
  type ChartRequest,
  type ChartSize,
} from './chart-messages';
import chartWorkerUrl from './chart-worker?entry-url';

/** A chart drawn by the worker: told its new size, or taken down. */
export interface OffscreenChart {
  resize: (size: ChartSize) => void;
  dispose: () => void;
}

type Outcome = (reply: ChartReply['kind']) => void;

let worker: Worker | undefined;
let nextId = 0;
const waiting = new Map<number, Outcome>();

/** One worker draws every chart of the page; it starts with the first one. */
function chartWorker(): Worker {
  if (worker) return worker;
  const started = new Worker(chartWorkerUrl, { type: 'module' });
  started.addEventListener('message', (event: MessageEvent<ChartReply>) => {
    waiting.get(event.data.id)?.(event.data.kind);
    waiting.delete(event.data.id);
  });
  // A worker that cannot start (its file missing offline, say) fails every chart it was given.
  started.addEventListener('error', () => {
    for (const outcome of waiting.values()) outcome('failed');
    waiting.clear();
  });
  worker = started;
  return started;
}

export function canDrawOffscreen(canvas: HTMLCanvasElement): boolean {
  return typeof Worker !== 'undefined' && typeof canvas.transferControlToOffscreen === 'function';
}

/**
 * Hands the canvas to the worker, which draws the chart at `size`; `outcome` hears whether it
 * was drawn. The canvas is the worker's from then on.
 */
export function drawOffscreen(
  canvas: HTMLCanvasElement,
  config: ChartConfig,
  size: ChartSize,
  outcome: Outcome,
): OffscreenChart {
  const id = nextId;
  nextId += 1;
  const offscreen = canvas.transferControlToOffscreen();
  const post = (request: ChartRequest, transfer: Transferable[] = []) => {
    chartWorker().postMessage(request, transfer);
  };
  waiting.set(id, outcome);
  post({ kind: 'draw', id, canvas: offscreen, config, size, ratio: devicePixelRatio }, [offscreen]);
  // The canvas still gets the page's events; the worker's chart gets where they happened.
  const forward = (event: MouseEvent) => {
    const type = pointerEvents.find((name) => name === event.type);
    if (type) post({ kind: 'pointer', id, pointer: { type, x: event.offsetX, y: event.offsetY } });
  };
  for (const type of pointerEvents) canvas.addEventListener(type, forward);
  return {
    resize: (next) => post({ kind: 'resize', id, size: next }),
    dispose: () => {
      for (const type of pointerEvents) canvas.removeEventListener(type, forward);
      waiting.delete(id);
      post({ kind: 'dispose', id });
    },
  };
}
