import './chart-figure.css';
import { useEffect, useRef, useState } from 'react';
import type { ChartConfig } from '../lib/chart';
import { canDrawOffscreen, drawOffscreen, type OffscreenChart } from '../lib/chart-offscreen';
import { nextTask } from '../lib/next-task';
import { useNearViewport } from '../lib/use-near-viewport';

interface ChartFigureProps {
  title: string;
  /** Read by screen readers in place of the canvas; points to the table alternative. */
  description: string;
  /** Called in the browser only, when the chart is drawn: it may read styles and the screen. */
  config: () => ChartConfig;
  loadingLabel: string;
  failedLabel: string;
  /** The page's language: numbers in tooltips and on axes are written in it. */
  language: string;
}

/**
 * A chart drawn on a canvas; its description points to the table that carries the same data.
 * The chart is drawn only when the figure comes near the screen: a page with a chart far below
 * never pays for it on a slow phone unless someone scrolls there. Where the browser can, a worker
 * draws it (chart-offscreen.ts), so the page stays free while chart.js works.
 */
export function ChartFigure(props: ChartFigureProps) {
  const { title, description, config, loadingLabel, failedLabel, language } = props;
  const boxRef = useRef<HTMLDivElement>(null);
  const figureRef = useRef<HTMLElement>(null);
  const isNear = useNearViewport(figureRef);
  const [status, setStatus] = useState<'loading' | 'ready' | 'failed'>('loading');

  useEffect(() => {
    const box = boxRef.current;
    if (!isNear || !box) return;
    // The canvas is made here, not rendered: one handed to a worker cannot be drawn on again, so
    // each drawing gets its own.
    const canvas = document.createElement('canvas');
    canvas.setAttribute('aria-hidden', 'true');
    box.append(canvas);
    const settle = (drawn: boolean) => setStatus(drawn ? 'ready' : 'failed');
    const localized = (): ChartConfig => {
      const chart = config();
      return { ...chart, options: { ...chart.options, locale: language } };
    };
    const dispose = canDrawOffscreen(canvas)
      ? drawInWorker(box, canvas, localized(), settle)
      : drawOnPage(canvas, localized, settle);
    return () => {
      dispose();
      canvas.remove();
    };
  }, [config, isNear, language]);

  return (
    <figure className="chart-figure" ref={figureRef}>
      <figcaption>{title}</figcaption>
      <div className="chart-canvas" role="img" aria-label={description} ref={boxRef} />
      {status === 'loading' ? <p className="hint">{loadingLabel}</p> : null}
      {status === 'failed' ? <p className="hint">{failedLabel}</p> : null}
    </figure>
  );
}

/** The worker draws at the box's size, read from its resize observer rather than by a layout. */
function drawInWorker(
  box: HTMLElement,
  canvas: HTMLCanvasElement,
  chartConfig: ChartConfig,
  settle: (drawn: boolean) => void,
): () => void {
  let chart: OffscreenChart | undefined;
  const observer = new ResizeObserver(([entry]) => {
    if (!entry) return;
    const size = { width: entry.contentRect.width, height: entry.contentRect.height };
    if (chart) chart.resize(size);
    else chart = drawOffscreen(canvas, chartConfig, size, (reply) => settle(reply === 'drawn'));
  });
  observer.observe(box);
  return () => {
    observer.disconnect();
    chart?.dispose();
  };
}

/** Where there is no worker to draw: chart.js on the page, in a task of its own. */
function drawOnPage(
  canvas: HTMLCanvasElement,
  config: () => ChartConfig,
  settle: (drawn: boolean) => void,
): () => void {
  let dispose: (() => void) | undefined;
  let isCancelled = false;
  import('../lib/chart').then(
    async ({ drawChart }) => {
      // chart.js is evaluated in the task that loaded it: drawing waits for the next one.
      await nextTask();
      if (isCancelled) return;
      dispose = drawChart(canvas, config());
      settle(true);
    },
    () => {
      if (!isCancelled) settle(false);
    },
  );
  return () => {
    isCancelled = true;
    dispose?.();
  };
}
