// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_INVITATION_CODE_LENGTH, unpackInvitation } from '../../../src/links/invitation-link';
import { MAX_RESPONSE_CODE_LENGTH, sealResponse } from '../../../src/links/response-seal';
import { entryPoints, fuzzCategories, type RefusalReason } from '../../fuzz/fuzz-categories';
import { formatFuzzTable, type FuzzReport } from '../../fuzz/fuzz-report';
import { runLinkFuzz } from '../../fuzz/link-fuzz';
import { createOwner, largestResponse } from './link-fixtures';

/** Fixed, so CI runs the same inputs every time; `npm run fuzz` explores a fresh seed each run. */
const SEED = 20_260_101;
const RUNS = 7_000;

/** Every refusal each paste path can give; a run that never reaches one has lost its reach. */
const reachableRefusals: Record<(typeof entryPoints)[number], RefusalReason[]> = {
  respond: ['too-long', 'not-a-code', 'wrong-kind', 'unsupported-version', 'damaged', 'too-large'],
  collect: [
    'too-long',
    'not-a-code',
    'wrong-kind',
    'unsupported-version',
    'damaged',
    'cannot-open',
    'too-large',
    'unknown-review',
  ],
};

let report: FuzzReport;

beforeAll(async () => {
  report = await runLinkFuzz({ runs: RUNS, seed: SEED });
  console.log(formatFuzzTable(report));
}, 60_000);

describe('links pasted into the respond page and the collect panel, fuzzed', () => {
  it('never throw, store nothing unless valid, accept no changed code, explain every refusal', () => {
    expect(report.failures).toEqual([]);
    expect(report.failureCount).toBe(0);
  });

  it('run every category of hostile input', () => {
    expect(report.inputs).toBe(RUNS);
    for (const category of fuzzCategories) {
      expect(report.categories[category].inputs, category).toBeGreaterThan(0);
    }
  });

  it.each(entryPoints)('reach every refusal the %s path can give', (entryPoint) => {
    for (const reason of reachableRefusals[entryPoint]) {
      expect(report.refusals[entryPoint][reason] ?? 0, reason).toBeGreaterThan(0);
    }
  });

  it.each(entryPoints)(
    'still accept valid codes wrapped as people paste them, at %s',
    (entryPoint) => {
      expect(report.categories.wrapped[entryPoint].accepted).toBeGreaterThan(0);
    },
  );
});

describe('a response longer than any invitation', () => {
  it('is refused on the respond page as the wrong kind of link, not as too long', async () => {
    const owner = await createOwner();
    const code = await sealResponse(largestResponse(), owner.publicKey);

    expect(code.length).toBeGreaterThan(MAX_INVITATION_CODE_LENGTH);
    expect(await unpackInvitation(code)).toEqual({ ok: false, error: { code: 'wrong-kind' } });
    expect(await unpackInvitation('R'.repeat(MAX_RESPONSE_CODE_LENGTH + 1))).toEqual({
      ok: false,
      error: { code: 'too-long' },
    });
  });
});
