import { DATA_KEY } from '../../../src/storage/storage-contract';
import { PERSISTED_VERSION, type PersistedState } from '../../../src/stores/persisted-state';
import { envelope, storedState } from '../support/app-store';
import { ownedReview, raterResponse, receivedResponse } from '../support/reviews';
import { QUOTA_CHARS, documentOfLength, richState } from './storage-fault-fixtures';

/*
 * Corrupted values for `ascent:data`, grouped by kind. Each says what the app must make of it:
 * set it aside (quarantine), leave it where it is, or read what it can.
 */

export type Outcome =
  /** Moved to `ascent:quarantine:…` byte for byte; the app starts empty. */
  | { kind: 'set-aside' }
  /** Left under `ascent:data` byte for byte and never written over; the app starts empty. */
  | { kind: 'left-in-place'; problem: 'newer-version' | 'full' }
  /** Readable: the app loads this, and keeps it through the next save. */
  | { kind: 'read'; state: PersistedState };

export interface CorruptCase {
  kind: string;
  name: string;
  raw: () => string;
  outcome: Outcome;
  /** Other entries of the origin stored beside it, which must come through untouched. */
  neighbours?: Record<string, string>;
}

const setAside: Outcome = { kind: 'set-aside' };
const rich = richState();
const richText = storedState(rich);
const read = (state: PersistedState = rich): Outcome => ({ kind: 'read', state });
const [firstAssessment, secondAssessment] = rich.assessments;
const answered = receivedResponse(raterResponse({ responseId: 'response001' }));
const twiceAnswered = ownedReview({ responses: [answered, answered] });

function withState(change: Record<string, unknown>, version = PERSISTED_VERSION): string {
  return envelope({ ...rich, ...change }, version);
}

function withoutSlice(slice: keyof PersistedState): string {
  return envelope(Object.fromEntries(Object.entries(rich).filter(([key]) => key !== slice)));
}

function withFirstAssessment(change: Record<string, unknown>): string {
  return withState({ assessments: [{ ...firstAssessment, ...change }, secondAssessment] });
}

/** The probe the app writes at start-up (`ascent:probe` twice) must not fit beside it. */
const nearlyFull = documentOfLength(QUOTA_CHARS - DATA_KEY.length - 10);
const large = documentOfLength(4_000_000);

const pollutingMembers =
  '"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},';

/** `__proto__` and `constructor` as members of the envelope, the state and the settings. */
function pollutingObjects(): string {
  return richText
    .replace('{"state":{', `{${pollutingMembers}"state":{${pollutingMembers}`)
    .replace('"settings":{', `"settings":{${pollutingMembers}`);
}

/** `__proto__` as a key of the free-keyed records: answers and rater drafts. */
function pollutingRecordKeys(): string {
  return richText
    .replace('"answers":{', '"answers":{"__proto__":4,')
    .replace('"raterDrafts":{', '"raterDrafts":{"__proto__":{"polluted":true},');
}

function foreignFields(): string {
  const assessments = [{ ...firstAssessment, note: 'x' }, secondAssessment];
  return JSON.stringify({
    state: { ...rich, extra: 1, assessments },
    version: PERSISTED_VERSION,
    writer: 'other-app',
  });
}

export const corruptCases: CorruptCase[] = [
  {
    kind: 'truncated JSON',
    name: 'a document cut off half-way',
    raw: () => richText.slice(0, richText.length / 2),
    outcome: setAside,
  },
  {
    kind: 'truncated JSON',
    name: 'a document missing its last brace',
    raw: () => richText.slice(0, -1),
    outcome: setAside,
  },
  {
    kind: 'not JSON',
    name: 'an HTML error page',
    raw: () => '<!doctype html><title>502 Bad Gateway</title>',
    outcome: setAside,
  },
  { kind: 'not JSON', name: 'an empty string', raw: () => '', outcome: setAside },
  {
    kind: 'not JSON',
    name: 'binary noise with a NUL and a lone surrogate',
    raw: () => '\u0000\ud800\uffff{"state"',
    outcome: setAside,
  },
  {
    kind: 'not JSON',
    name: 'JSON behind a byte-order mark',
    raw: () => `\ufeff${richText}`,
    outcome: setAside,
  },
  { kind: 'JSON of the wrong type', name: 'an array', raw: () => '[1,2,3]', outcome: setAside },
  { kind: 'JSON of the wrong type', name: 'a number', raw: () => '42', outcome: setAside },
  { kind: 'JSON of the wrong type', name: 'null', raw: () => 'null', outcome: setAside },
  {
    kind: 'JSON of the wrong type',
    name: 'a state that is an array',
    raw: () => envelope([]),
    outcome: setAside,
  },
  {
    kind: 'JSON of the wrong type',
    name: 'a state that is null',
    raw: () => envelope(null),
    outcome: setAside,
  },
  {
    kind: 'missing fields',
    name: 'a state without its reviews',
    raw: () => withoutSlice('reviews'),
    outcome: setAside,
  },
  {
    kind: 'missing fields',
    name: 'a state without its plan',
    raw: () => withoutSlice('plan'),
    outcome: setAside,
  },
  {
    kind: 'missing fields',
    name: 'an assessment without answers',
    raw: () => withFirstAssessment({ answers: undefined }),
    outcome: setAside,
  },
  {
    kind: 'wrong field types',
    name: 'a language given as a number',
    raw: () => withState({ settings: { language: 42 } }),
    outcome: setAside,
  },
  {
    kind: 'wrong field types',
    name: 'a rating given as text',
    raw: () => withFirstAssessment({ answers: { 'ep-1': '4' } }),
    outcome: setAside,
  },
  {
    kind: 'wrong field types',
    name: 'goals given as an object',
    raw: () => withState({ plan: { ...rich.plan, goals: {} } }),
    outcome: setAside,
  },
  {
    kind: 'invalid dates and scores',
    name: 'a completion date that is no date',
    raw: () => withFirstAssessment({ completedAt: 'yesterday' }),
    outcome: setAside,
  },
  {
    kind: 'invalid dates and scores',
    name: 'a completion date on 31 February',
    raw: () => withFirstAssessment({ completedAt: '2025-02-31T00:00:00.000Z' }),
    outcome: setAside,
  },
  {
    kind: 'invalid dates and scores',
    name: 'a score that was NaN (null in JSON)',
    raw: () => withFirstAssessment({ answers: { 'ep-1': Number.NaN } }),
    outcome: setAside,
  },
  {
    kind: 'invalid dates and scores',
    name: 'a score outside the scale',
    raw: () => withFirstAssessment({ answers: { 'ep-1': 7 } }),
    outcome: setAside,
  },
  {
    kind: 'future version',
    name: 'the next version',
    raw: () => envelope(rich, PERSISTED_VERSION + 1),
    outcome: { kind: 'left-in-place', problem: 'newer-version' },
  },
  {
    kind: 'future version',
    name: 'a far-future version of another shape',
    raw: () => envelope({ everything: 'new' }, 2 ** 31),
    outcome: { kind: 'left-in-place', problem: 'newer-version' },
  },
  {
    kind: 'past version with bad content',
    name: 'version 1 whose assessments are text',
    raw: () => envelope({ assessments: 'x', draft: null, settings: { language: 'es' } }, 1),
    outcome: setAside,
  },
  {
    kind: 'past version with bad content',
    name: 'version 0 whose state is text',
    raw: () => envelope('text', 0),
    outcome: setAside,
  },
  {
    kind: 'past version with bad content',
    name: 'a negative version',
    raw: () => envelope(rich, -1),
    outcome: setAside,
  },
  {
    kind: 'huge value',
    name: '3 million characters of noise, too big to copy aside',
    raw: () => 'x'.repeat(3_000_000),
    outcome: { kind: 'left-in-place', problem: 'full' },
  },
  {
    kind: 'huge value',
    name: 'a valid document of 4 million characters',
    raw: () => large.text,
    outcome: read(large.state),
  },
  {
    kind: 'huge value',
    name: 'a valid document that leaves no room in the quota',
    raw: () => nearlyFull.text,
    outcome: read(nearlyFull.state),
  },
  {
    kind: 'foreign keys',
    name: 'unknown fields in the envelope, the state and an assessment',
    raw: foreignFields,
    outcome: read(),
  },
  {
    kind: 'foreign keys',
    name: 'other keys in the ascent: namespace and outside it, beside valid data',
    raw: () => richText,
    outcome: read(),
    neighbours: {
      'ascent:settings': '{"language":"de"}',
      'ascent:': '',
      'ascent:data-old': richText,
      theme: 'dark',
    },
  },
  {
    kind: 'foreign keys',
    name: 'other keys in the ascent: namespace beside damaged data',
    raw: () => richText.slice(0, 100),
    outcome: setAside,
    neighbours: { 'ascent:cache': '[]', 'ascent:data:old': 'old' },
  },
  {
    kind: 'prototype-polluting keys',
    name: '__proto__ and constructor members in the envelope, state and settings',
    raw: pollutingObjects,
    outcome: read(),
  },
  {
    kind: 'prototype-polluting keys',
    name: '__proto__ as a key of answers and rater drafts',
    raw: pollutingRecordKeys,
    outcome: read(),
  },
  {
    kind: 'prototype-polluting keys',
    name: '__proto__ among the skills of the importance weights',
    raw: () => richText.replace('"importance":{', '"importance":{"__proto__":{"polluted":true},'),
    outcome: setAside,
  },
  {
    kind: 'duplicated ids',
    name: 'two assessments with one id',
    raw: () => withState({ assessments: [firstAssessment, firstAssessment] }),
    outcome: read({
      ...rich,
      assessments: rich.assessments.slice(0, 1).concat(rich.assessments.slice(0, 1)),
    }),
  },
  {
    kind: 'duplicated ids',
    name: 'one response recorded twice in a review',
    raw: () => withState({ reviews: [twiceAnswered] }),
    outcome: read({ ...rich, reviews: [twiceAnswered] }),
  },
];
