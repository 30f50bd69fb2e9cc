import type { OwnedReview } from '../../src/domain/review/owned-review';
import { encodeBase64Url } from '../../src/links/base64url';
import {
  emptyPersistedState,
  persistedStateSchema,
  type PersistedState,
} from '../../src/stores/persisted-state';
import { buildOwnedReview } from './heavy-reviews';
import { createRandom, type Random } from './heavy-random';

/** The scale a manager's workspace is measured at: 12 people × 12 raters, 3 waves over the years. */
export const teamScale = { people: 12, raters: 12, waves: 3 } as const;

const firstNames = [
  'Ana',
  'Bo',
  'Cy',
  'Dee',
  'Eli',
  'Fay',
  'Gus',
  'Hana',
  'Ivo',
  'Jun',
  'Kai',
  'Lea',
];
const lastNames = ['Pérez', 'Chen', 'Diaz', 'Okafor', 'Walsh', 'Nair', 'Müller', 'Sato'];

/** Colleagues who rate; each person's named raters are distinct and never the person. */
const colleagues = [
  'Mei Chen',
  'Priya Nair',
  'Tom Walsh',
  'Sam Okafor',
  'Lena Müller',
  'Rui Sato',
  'Ines Diaz',
  'Omar Haddad',
  'Zoe Martin',
  'Yuki Tanaka',
  'Nils Berg',
  'Ada Costa',
  'Luis Romero',
  'Kim Larsen',
];

function colleagueFor(person: number, rater: number): string {
  return colleagues[(person + rater) % colleagues.length] ?? 'Mei Chen';
}

function personName(random: Random, index: number): string {
  return `${firstNames[index % firstNames.length] ?? 'Ana'} ${random.pick(lastNames)}`;
}

/** One person's manager-owned review: `raters` answers per wave, every wave but the last frozen. */
function teamMemberReview(random: Random, index: number, scale: typeof teamScale): OwnedReview {
  const createdAt = new Date(Date.UTC(2023, 0, 9 + index));
  const base = buildOwnedReview(random, {
    createdAt,
    responses: scale.raters * scale.waves,
    late: 0,
    selfAssessmentId: null,
  });
  const waveOf = (i: number) => Math.floor(i / scale.raters) + 1;
  return {
    ...base,
    subjectName: personName(random, index),
    namedRaters: base.namedRaters.map((rater, i) => ({ ...rater, name: colleagueFor(index, i) })),
    ownerRole: 'manager',
    categories: ['self', 'manager', 'peer', 'direct-report', 'other'],
    responses: base.responses.map((received, i) => ({ ...received, wave: waveOf(i) })),
    waves: Array.from({ length: scale.waves }, (_, i) => ({
      number: i + 1,
      frozenAt: i + 1 < scale.waves ? new Date(Date.UTC(2023 + i, 6, 1)).toISOString() : null,
    })),
  };
}

/** A manager's stored data holding one team at `scale`; the same bytes on every run. */
export function buildTeamState(scale: typeof teamScale = teamScale, seed = 12): PersistedState {
  const random = createRandom(seed);
  const reviews = Array.from({ length: scale.people }, (_, i) =>
    teamMemberReview(random, i, scale),
  );
  return persistedStateSchema.parse({
    ...emptyPersistedState,
    settings: { language: 'en' },
    reviews,
    teams: [
      {
        id: encodeBase64Url(random.bytes(8)),
        name: 'Product leadership',
        createdAt: '2023-01-09T09:00:00.000Z',
        reviewIds: reviews.map((review) => review.id),
      },
    ],
  } satisfies PersistedState);
}
