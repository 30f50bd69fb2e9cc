import type { ChartConfig } from './chart';

/** A chart's size on screen, in CSS pixels. */
export interface ChartSize {
  width: number;
  height: number;
}

/** The pointer events a chart answers (tooltips on hover, the legend on click). */
export const pointerEvents = ['mousemove', 'mouseout', 'click'] as const;

/** A pointer event on a chart's canvas, where it happened in CSS pixels from its corner. */
export interface ChartPointer {
  type: (typeof pointerEvents)[number];
  x: number;
  y: number;
}

/** What the page asks of the chart worker (chart-worker.ts). */
export type ChartRequest =
  | {
      kind: 'draw';
      id: number;
      canvas: OffscreenCanvas;
      config: ChartConfig;
      size: ChartSize;
      ratio: number;
    }
  | { kind: 'resize'; id: number; size: ChartSize }
  | { kind: 'pointer'; id: number; pointer: ChartPointer }
  | { kind: 'dispose'; id: number };

/** What it answers: a chart is on screen, or could not be drawn. */
export type ChartReply = { kind: 'drawn'; id: number } | { kind: 'failed'; id: number };
