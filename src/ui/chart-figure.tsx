import './chart-figure.css';
import { useEffect, useRef, useState } from 'react';
import type { ChartConfig } from '../lib/chart';
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
}

/**
 * A chart drawn on a canvas; its description points to the table that carries the same data.
 * chart.js is fetched, and the chart drawn, only when the figure comes near the screen: a page
 * with a chart far below never pays for it on a slow phone unless someone scrolls there.
 */
export function ChartFigure(props: ChartFigureProps) {
  const { title, description, config, loadingLabel, failedLabel } = props;
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const figureRef = useRef<HTMLElement>(null);
  const isNear = useNearViewport(figureRef);
  const [status, setStatus] = useState<'loading' | 'ready' | 'failed'>('loading');

  useEffect(() => {
    if (!isNear) return;
    let dispose: (() => void) | undefined;
    let isCancelled = false;
    import('../lib/chart').then(
      async ({ drawChart }) => {
        // chart.js is evaluated in the task that loaded it: drawing waits for the next one.
        await nextTask();
        const canvas = canvasRef.current;
        if (isCancelled || !canvas) return;
        dispose = drawChart(canvas, config());
        setStatus('ready');
      },
      () => {
        if (!isCancelled) setStatus('failed');
      },
    );
    return () => {
      isCancelled = true;
      dispose?.();
    };
  }, [config, isNear]);

  return (
    <figure className="chart-figure" ref={figureRef}>
      <figcaption>{title}</figcaption>
      <div className="chart-canvas" role="img" aria-label={description}>
        <canvas ref={canvasRef} aria-hidden="true" />
      </div>
      {status === 'loading' ? <p className="hint">{loadingLabel}</p> : null}
      {status === 'failed' ? <p className="hint">{failedLabel}</p> : null}
    </figure>
  );
}
