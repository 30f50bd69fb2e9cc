import { DATA_KEY } from '../../src/storage/storage-contract';
import type { PersistedState } from '../../src/stores/persisted-state';
import { buildHeavyState, heavyHistory, storedEntries } from '../../tests/support/heavy-state';
import type { BenchSection } from './section';

/** Chromium and Firefox allow a site about 5 M characters; WebKit's 5 MB reads as UTF-16 bytes. */
const QUOTA_CHARS = 5_000_000;
const QUOTA_UTF16_BYTES = 5_000_000;

function percent(part: number, whole: number): number {
  return Math.round((part / whole) * 10_000) / 100;
}

/** `chars` counts UTF-16 code units, as JavaScript strings and localStorage quotas do. */
function row(label: string, chars: number): (string | number)[] {
  const bytes = chars * 2;
  return [label, chars, bytes, percent(chars, QUOTA_CHARS), percent(bytes, QUOTA_UTF16_BYTES)];
}

const jsonLength = (value: unknown) => JSON.stringify(value).length;

function sumOver<T>(list: readonly T[], measure: (item: T) => number): number {
  return list.reduce((sum, item) => sum + measure(item), 0);
}

function partRows(state: PersistedState): (string | number)[][] {
  const { assessments, reviews, responsesPerReview, goals } = heavyHistory;
  return [
    row(`  of which ${String(assessments)} self-assessments`, jsonLength(state.assessments)),
    row(
      `  of which ${String(reviews)} reviews × ${String(responsesPerReview)} responses`,
      jsonLength(state.reviews),
    ),
    row(
      '    of which the responses',
      sumOver(state.reviews, (review) => jsonLength(review.responses)),
    ),
    row(
      '    of which key pairs (public key + private JWK)',
      sumOver(state.reviews, (review) => jsonLength([review.publicKey, review.privateKeyJwk])),
    ),
    row(`  of which the plan (${String(goals)} goals)`, jsonLength(state.plan)),
  ];
}

export function benchFootprint(): Promise<BenchSection> {
  const state = buildHeavyState();
  const total = sumOver(Object.entries(storedEntries(state)), ([k, v]) => k.length + v.length);
  return Promise.resolve({
    title: 'Storage footprint of a ten-year history',
    note:
      `What the app writes to localStorage: the key ${DATA_KEY} plus JSON.stringify of ` +
      "persist's { state, version } (tests/support/heavy-state.ts; " +
      'tests/unit/storage/footprint.test.ts checks the store writes exactly this). ' +
      'Characters are UTF-16 code units. Quota: about 5 M characters per site in Chromium and ' +
      "Firefox; WebKit's 5 MB counts UTF-16 bytes, about 2.5 M characters. Parts are each " +
      "part's own JSON, so they do not add up to the total exactly.",
    columns: ['stored', 'characters', 'UTF-16 bytes', '% of 5 M chars', '% of 5 MB UTF-16'],
    rows: [row(`${DATA_KEY} (key + value)`, total), ...partRows(state)],
  });
}
