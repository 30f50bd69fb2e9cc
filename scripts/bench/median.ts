export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('no values to take the median of');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const centre = sorted.length % 2 === 1 ? [middle] : [middle - 1, middle];
  return centre.reduce((sum, index) => sum + (sorted[index] ?? 0), 0) / centre.length;
}

export interface TimingOptions {
  runs: number;
  /** Runs before measuring, so the JIT has compiled the code that is timed. */
  warmup: number;
}

/** Median wall time in ms of `fn`, run one call after another (async calls awaited in turn). */
export async function timeMedian(fn: () => unknown, options: TimingOptions): Promise<number> {
  for (let run = 0; run < options.warmup; run += 1) await fn();
  const times: number[] = [];
  for (let run = 0; run < options.runs; run += 1) {
    const started = performance.now();
    await fn();
    times.push(performance.now() - started);
  }
  return median(times);
}
