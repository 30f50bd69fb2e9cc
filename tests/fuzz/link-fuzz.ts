import fc from 'fast-check';
import { useAppStore } from '../../src/stores/app-store';
import { emptyPersistedState } from '../../src/stores/persisted-state';
import { entryPoints, fuzzCategories, type FuzzCategory } from './fuzz-categories';
import { fuzzInputs } from './fuzz-inputs';
import { createMessageCheck } from './fuzz-messages';
import { prepareFuzzPool, type FuzzPool } from './fuzz-pool';
import { emptyCategoryCounts, type FuzzFailure, type FuzzReport } from './fuzz-report';
import { describeError, judge, LinkFuzzer } from './link-fuzzer';

export interface FuzzOptions {
  runs: number;
  seed: number;
  categories?: readonly FuzzCategory[];
  /** Called after every `progressEvery` inputs, for long runs. */
  onProgress?: (done: number, total: number) => void;
  progressEvery?: number;
}

const CHUNK = 256;
const MAX_REPORTED_FAILURES = 20;
const MAX_REPORTED_INPUT = 300;

/** A different seed per category and chunk, so categories never share a random sequence. */
function chunkSeed(seed: number, category: number, chunk: number): number {
  return Math.imul(Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ (category + 1), 0xc2b2ae35) ^ chunk;
}

/** A fresh app state holding the pool's reviews, as an owner's browser would. */
function openFuzzApp(pool: FuzzPool): void {
  useAppStore.getState().replaceData(emptyPersistedState);
  for (const review of pool.reviews) useAppStore.getState().addReview(review);
}

export async function runLinkFuzz(options: FuzzOptions): Promise<FuzzReport> {
  const { runs, seed, categories = fuzzCategories, onProgress, progressEvery = 10_000 } = options;
  const started = performance.now();
  const pool = await prepareFuzzPool();
  openFuzzApp(pool);
  const fuzzer = new LinkFuzzer(pool, await createMessageCheck());
  const report: FuzzReport = {
    seed,
    inputs: 0,
    elapsedMs: 0,
    categories: emptyCategoryCounts(),
    refusals: { respond: {}, collect: {} },
    failureCount: 0,
    failures: [],
  };
  const fail = (failure: Omit<FuzzFailure, 'input' | 'inputLength'>, input: string) => {
    report.failureCount += 1;
    if (report.failures.length >= MAX_REPORTED_FAILURES) return;
    report.failures.push({
      ...failure,
      input: input.slice(0, MAX_REPORTED_INPUT),
      inputLength: input.length,
    });
  };
  let current: { category: FuzzCategory; index: number; text: string } | null = null;
  // A rejection nobody awaited would escape every try/catch here; it counts as a failure too.
  const onUnhandled = (reason: unknown) => {
    fail(
      {
        category: current?.category ?? null,
        index: current?.index ?? -1,
        entryPoint: 'process',
        problem: `unhandled rejection ${describeError(reason)}`,
      },
      current?.text ?? '',
    );
  };
  process.on('unhandledRejection', onUnhandled);
  try {
    for (const [categoryIndex, category] of categories.entries()) {
      const count =
        Math.floor(runs / categories.length) + (categoryIndex < runs % categories.length ? 1 : 0);
      const arbitrary = fuzzInputs(category, pool);
      const counts = report.categories[category];
      for (let chunk = 0; chunk * CHUNK < count; chunk += 1) {
        const inputs = fc.sample(arbitrary, {
          seed: chunkSeed(seed, fuzzCategories.indexOf(category), chunk),
          numRuns: Math.min(CHUNK, count - chunk * CHUNK),
        });
        for (const input of inputs) {
          const index = counts.inputs;
          current = { category, index, text: input.text };
          counts.inputs += 1;
          report.inputs += 1;
          for (const entryPoint of entryPoints) {
            const run = (text: string) => fuzzer[entryPoint](text);
            const verdict = await judge(run, input.text, input.expected, entryPoint);
            if (verdict.reason !== null) {
              const refusals = report.refusals[entryPoint];
              refusals[verdict.reason] = (refusals[verdict.reason] ?? 0) + 1;
            }
            const outcome =
              verdict.problems.length > 0
                ? 'failure'
                : verdict.reason === null
                  ? 'accepted'
                  : 'refused';
            counts[entryPoint][outcome] += 1;
            for (const problem of verdict.problems) {
              fail({ category, index, entryPoint, problem }, input.text);
            }
          }
          if (onProgress && report.inputs % progressEvery === 0) onProgress(report.inputs, runs);
        }
      }
    }
    // Give a late rejection one turn of the event loop to surface before the listener goes.
    await new Promise((resolve) => setTimeout(resolve, 0));
  } finally {
    process.off('unhandledRejection', onUnhandled);
  }
  report.elapsedMs = performance.now() - started;
  return report;
}
