import fc from 'fast-check';
import {
  collectResponse,
  type CollectOutcome,
} from '../../src/features/review/collect/collect-response';
import { unpackInvitation } from '../../src/links/invitation-link';
import { codeFromText } from '../../src/links/link-url';
import { openResponse } from '../../src/links/response-seal';
import { DATA_KEY } from '../../src/storage/storage-contract';
import type { AppState } from '../../src/stores/app-state';
import { appStorage, useAppStore } from '../../src/stores/app-store';
import { emptyPersistedState, pickPersisted } from '../../src/stores/persisted-state';
import {
  entryPoints,
  fuzzCategories,
  fuzzInputs,
  type EntryPoint,
  type FuzzCategory,
  type FuzzInput,
  type RefusalReason,
} from './fuzz-inputs';
import { createMessageCheck, type MessageCheck } from './fuzz-messages';
import { canonicalJson, prepareFuzzPool, type FuzzPool } from './fuzz-pool';
import { emptyCategoryCounts, type FuzzFailure, type FuzzReport } from './fuzz-report';

export interface FuzzOptions {
  runs: number;
  seed: number;
  categories?: readonly FuzzCategory[];
  /** Called after every `progressEvery` inputs, for long runs. */
  onProgress?: (done: number, total: number) => void;
  progressEvery?: number;
}

/** What one entry point did with one input; `reason` null means the code was accepted. */
interface Verdict {
  reason: RefusalReason | null;
  problems: string[];
}

interface StoreSnapshot {
  state: AppState;
  json: string;
  stored: string | null;
}

const CHUNK = 256;
const MAX_REPORTED_FAILURES = 20;
const MAX_REPORTED_INPUT = 300;

function takeSnapshot(): StoreSnapshot {
  const state = useAppStore.getState();
  return {
    state,
    json: JSON.stringify(pickPersisted(state)),
    stored: appStorage.getItem(DATA_KEY),
  };
}

/** A different seed per category and chunk, so categories never share a random sequence. */
function chunkSeed(seed: number, category: number, chunk: number): number {
  return Math.imul(Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ (category + 1), 0xc2b2ae35) ^ chunk;
}

function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/**
 * Runs hostile text through the app's two paste paths: the respond page (codeFromText, then
 * unpackInvitation, then openInvitation on success) and the collect panel (collectResponse,
 * which stores through receiveResponse). Each outcome is checked: no throw, a translated
 * message for every refusal, nothing stored unless a valid code was pasted, no mutant accepted.
 */
class LinkFuzzer {
  private snapshot: StoreSnapshot;
  private readonly validJson: Set<string>;

  constructor(
    private readonly pool: FuzzPool,
    private readonly messages: MessageCheck,
  ) {
    this.snapshot = takeSnapshot();
    this.validJson = new Set(pool.codes.map((entry) => entry.json));
  }

  async respond(text: string): Promise<Verdict> {
    const code = codeFromText(text);
    if (code === '') return this.refused('missing', null);
    const result = await unpackInvitation(code);
    if (!result.ok)
      return this.refused(result.error.code, this.messages.respond(result.error.code));
    const json = canonicalJson(result.value);
    const entry = this.pool.byCode.get(code);
    const isOriginal = entry?.kind === 'invitation' && entry.json === json;
    // A changed code may only be accepted if it decodes to exactly a valid invitation.
    if (!isOriginal && !this.validJson.has(json)) {
      return { reason: null, problems: [`accepted a changed invitation: ${json.slice(0, 200)}`] };
    }
    // What the rater form does on opening: the one legitimate write on this path.
    useAppStore.getState().openInvitation(result.value);
    this.snapshot = takeSnapshot();
    return { reason: null, problems: [] };
  }

  async collect(text: string): Promise<Verdict> {
    const outcome = await collectResponse(text);
    const problems: string[] = [];
    const message = this.messages.collect(outcome);
    if (message !== null) problems.push(message);
    if (outcome.kind === 'refused' || outcome.kind === 'unknown-review') {
      problems.push(...this.storeChanges('a refusal'));
      return { reason: outcome.kind === 'refused' ? outcome.reason : 'unknown-review', problems };
    }
    problems.push(...(await this.checkAcceptedResponse(codeFromText(text), outcome)));
    if (outcome.kind === 'duplicate') problems.push(...this.storeChanges('a duplicate'));
    this.snapshot = takeSnapshot();
    return { reason: null, problems };
  }

  private refused(reason: RefusalReason, messageProblem: string | null): Verdict {
    const problems = messageProblem === null ? [] : [messageProblem];
    problems.push(...this.storeChanges('a refusal'));
    return { reason, problems };
  }

  /** Compares state, its JSON and the stored text; a change counts once, then is the baseline. */
  private storeChanges(after: string): string[] {
    const before = this.snapshot;
    const now = takeSnapshot();
    if (now.state === before.state && now.json === before.json && now.stored === before.stored) {
      return [];
    }
    this.snapshot = now;
    return [`the store changed after ${after}`];
  }

  private async checkAcceptedResponse(code: string, outcome: CollectOutcome): Promise<string[]> {
    const entry = this.pool.byCode.get(code);
    if (entry?.kind === 'response' && entry.outcome === 'accepted') return [];
    for (const key of this.pool.privateKeys.values()) {
      const opened = await openResponse(code, key);
      if (opened.ok && this.validJson.has(canonicalJson(opened.value))) return [];
    }
    return [`${outcome.kind} a changed response`];
  }
}

async function judge(
  run: (text: string) => Promise<Verdict>,
  text: string,
  expected: FuzzInput['expected'],
  entryPoint: EntryPoint,
): Promise<Verdict> {
  let verdict: Verdict;
  try {
    verdict = await run(text);
  } catch (error) {
    return { reason: null, problems: [`threw ${describeError(error)}`] };
  }
  const wanted = expected?.[entryPoint];
  const got = verdict.reason ?? 'accepted';
  if (wanted !== undefined && wanted !== got) {
    verdict.problems.push(`expected ${wanted}, got ${got}`);
  }
  return verdict;
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
