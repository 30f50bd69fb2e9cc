// What runs inside the measured page: it keeps every long task (> 50 ms) and every long
// animation frame from the start of navigation, for long-task-measure.ts to read afterwards.
import * as z from 'zod/mini';

export interface LongTask {
  start: number;
  duration: number;
}

/** One script that ran in a long animation frame: what called it and where it lives. */
export interface FrameScript {
  start: number;
  duration: number;
  invoker: string;
  source: string;
}

export interface PageRecording {
  tasks: LongTask[];
  scripts: FrameScript[];
  /** The app's own `performance.measure` entries. */
  measures: (LongTask & { name: string })[];
  firstPaint: number | null;
}

declare global {
  interface Window {
    ascentLongTasks?: LongTask[];
    ascentFrames?: unknown[];
  }
}

/**
 * Runs before any of the page's scripts (Playwright's init script). It must be self-contained,
 * without named inner functions: tsx would wrap those in a helper the page does not have.
 */
export function recordLongTasks(): void {
  const tasks: LongTask[] = [];
  const frames: unknown[] = [];
  window.ascentLongTasks = tasks;
  window.ascentFrames = frames;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      tasks.push({ start: entry.startTime, duration: entry.duration });
    }
  }).observe({ type: 'longtask', buffered: true });
  // Long animation frames name the scripts that ran in them; kept as JSON, read in Node.
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) frames.push(JSON.parse(JSON.stringify(entry)));
  }).observe({ type: 'long-animation-frame', buffered: true });
}

/** Read from the page once it is idle. */
export function readRawRecording() {
  const paint = performance.getEntriesByName('first-paint')[0];
  return {
    tasks: window.ascentLongTasks ?? [],
    frames: window.ascentFrames ?? [],
    measures: performance.getEntriesByType('measure').map((entry) => ({
      name: entry.name,
      start: entry.startTime,
      duration: entry.duration,
    })),
    firstPaint: paint ? paint.startTime : null,
  };
}

const frameSchema = z.object({
  scripts: z.array(
    z.object({
      startTime: z.number(),
      duration: z.number(),
      invoker: z.string(),
      sourceURL: z.string(),
    }),
  ),
});

export function toRecording(raw: ReturnType<typeof readRawRecording>): PageRecording {
  const scripts = raw.frames.flatMap((frame) =>
    (frameSchema.safeParse(frame).data?.scripts ?? []).map((script) => ({
      start: script.startTime,
      duration: script.duration,
      invoker: script.invoker,
      source: script.sourceURL,
    })),
  );
  return { tasks: raw.tasks, scripts, measures: raw.measures, firstPaint: raw.firstPaint };
}
