import { describe, expect, it } from 'vitest';
import { traceBlocking } from '../../../scripts/bench/trace-blocking';

const main = { pid: 1, tid: 1 };
const paint = { name: 'firstContentfulPaint', ph: 'I', ts: 1_000_000, ...main };
// Durations in the trace are in microseconds.
const task = (ts: number, durMs: number, tdurMs: number, thread = main) => ({
  name: 'RunTask',
  ph: 'X',
  ts,
  dur: durMs * 1000,
  tdur: tdurMs * 1000,
  ...thread,
});

describe('blocking read from a trace', () => {
  it('counts each main-thread task after the first paint, times 4, over 50 ms, on both clocks', () => {
    const figures = traceBlocking([
      paint,
      task(1_100_000, 40, 10), // 4 × 40 − 50 = 110 on the wall clock; 4 × 10 < 50 on the thread's
      task(1_200_000, 20, 15), // 30 and 10
      task(1_300_000, 10, 10), // nothing on either
    ]);
    expect(figures).toEqual({
      wall: 140,
      threadTime: 10,
      longestWall: 40,
    });
  });

  it('leaves out tasks before the paint, other threads and events that are not tasks', () => {
    const figures = traceBlocking([
      task(900_000, 100, 100),
      paint,
      task(1_100_000, 100, 100, { pid: 1, tid: 2 }),
      task(1_100_000, 100, 100, { pid: 2, tid: 1 }),
      { ...task(1_150_000, 100, 100), name: 'Layout' },
      task(1_200_000, 25, 25),
    ]);
    expect(figures.wall).toBe(50);
    expect(figures.threadTime).toBe(50);
  });

  it('refuses a trace it cannot read rather than report a page as free', () => {
    expect(() => traceBlocking([task(1_100_000, 30, 30)])).toThrow(/first contentful paint/);
    expect(() => traceBlocking([paint])).toThrow(/no main-thread task/);
    const withoutThreadClock = { ...task(1_100_000, 30, 30), tdur: undefined };
    expect(() => traceBlocking([paint, withoutThreadClock])).toThrow(/thread time/);
  });
});
