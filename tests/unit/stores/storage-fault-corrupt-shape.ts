import type { PersistedState } from '../../../src/stores/persisted-state';
import { envelope } from '../support/app-store';
import type { CorruptCase } from './storage-fault-corrupt-cases';
import {
  firstAssessment,
  rich,
  richText,
  secondAssessment,
  setAside,
  withState,
} from './storage-fault-corrupt-base';

function withoutSlice(slice: keyof PersistedState): string {
  return envelope(Object.fromEntries(Object.entries(rich).filter(([key]) => key !== slice)));
}

function withFirstAssessment(change: Record<string, unknown>): string {
  return withState({ assessments: [{ ...firstAssessment, ...change }, secondAssessment] });
}

/** Values that are not the app's JSON, or miss or mistype its fields. */
export const badShapeCases: CorruptCase[] = [
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
];
