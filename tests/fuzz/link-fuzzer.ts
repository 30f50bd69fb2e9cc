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
import { pickPersisted } from '../../src/stores/persisted-state';
import type { EntryPoint, FuzzInput, RefusalReason } from './fuzz-categories';
import type { MessageCheck } from './fuzz-messages';
import { canonicalJson, type FuzzPool } from './fuzz-pool';

/** What one entry point did with one input; `reason` null means the code was accepted. */
export interface Verdict {
  reason: RefusalReason | null;
  problems: string[];
}

interface StoreSnapshot {
  state: AppState;
  json: string;
  stored: string | null;
}

function takeSnapshot(): StoreSnapshot {
  const state = useAppStore.getState();
  return {
    state,
    json: JSON.stringify(pickPersisted(state)),
    stored: appStorage.getItem(DATA_KEY),
  };
}

export function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/**
 * Runs hostile text through the app's two paste paths: the respond page (codeFromText, then
 * unpackInvitation, then openInvitation on success) and the collect panel (collectResponse,
 * which stores through receiveResponse). Each outcome is checked: no throw, a translated
 * message for every refusal, nothing stored unless a valid code was pasted, no mutant accepted.
 */
export class LinkFuzzer {
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

export async function judge(
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
