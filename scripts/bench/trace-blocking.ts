// What Lighthouse's simulation counts as blocking, read from a Chromium trace: each main-thread
// task after the first contentful paint, times 4 (the preset's CPU slowdown), over 50 ms.
// Counted on two clocks. Wall time is what Lighthouse uses. The thread's own CPU time leaves out
// the moments the main thread waited for a core: on a 2-core machine, Lighthouse's own recording
// (a screenshot of every frame, the source of every script) keeps a core busy while the page
// starts, and most of a task's wall time there is waiting (see README, Performance).
import * as z from 'zod/mini';

const taskSchema = z.object({
  name: z.literal('RunTask'),
  ph: z.literal('X'),
  ts: z.number(),
  dur: z.number(),
  tdur: z.optional(z.number()),
  pid: z.number(),
  tid: z.number(),
});
const paintSchema = z.object({
  name: z.literal('firstContentfulPaint'),
  ts: z.number(),
  pid: z.number(),
  tid: z.number(),
});

export interface TraceBlocking {
  /** Σ max(0, 4·d − 50) with d the task's wall time, in ms: Lighthouse's count. */
  wall: number;
  /** The same with d the main thread's CPU time in the task, in ms. */
  threadTime: number;
  longestWall: number;
}

const blocking = (durations: number[]) =>
  durations.reduce((sum, ms) => sum + Math.max(0, 4 * ms - 50), 0);

export function traceBlocking(events: readonly unknown[]): TraceBlocking {
  const paint = events.flatMap((event) => paintSchema.safeParse(event).data ?? [])[0];
  if (!paint) throw new Error('the trace holds no first contentful paint');
  const tasks = events
    .flatMap((event) => taskSchema.safeParse(event).data ?? [])
    .filter((task) => task.pid === paint.pid && task.tid === paint.tid && task.ts > paint.ts);
  // A page that starts its app always runs tasks after its first paint: none means a bad trace.
  if (tasks.length === 0)
    throw new Error('the trace holds no main-thread task after the first paint');
  const wall = tasks.map((task) => task.dur / 1000);
  // A trace without thread clocks would make every task look free: better to fail loudly.
  const threadTime = tasks.map((task) => {
    if (task.tdur === undefined) throw new Error('the trace has no thread time (tdur)');
    return task.tdur / 1000;
  });
  return {
    wall: blocking(wall),
    threadTime: blocking(threadTime),
    longestWall: Math.max(...wall),
  };
}
