import { DATA_KEY } from '../../../src/storage/storage-contract';
import { PERSISTED_VERSION } from '../../../src/stores/persisted-state';
import { envelope } from '../support/app-store';
import { ownedReview, raterResponse, receivedResponse } from '../support/reviews';
import { QUOTA_CHARS, documentOfLength } from './storage-fault-fixtures';
import type { CorruptCase } from './storage-fault-corrupt-cases';
import {
  firstAssessment,
  read,
  rich,
  richText,
  secondAssessment,
  setAside,
  withState,
} from './storage-fault-corrupt-base';

const answered = receivedResponse(raterResponse({ responseId: 'response001' }));

const twiceAnswered = ownedReview({ responses: [answered, answered] });

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

/** Other versions, huge values, foreign and prototype keys, duplicated ids. */
export const extremeCases: CorruptCase[] = [
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
