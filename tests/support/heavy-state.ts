import { itemBank } from '../../src/content/item-bank';
import type { CompletedAssessment } from '../../src/domain/assessment/assessment';
import { DATA_KEY } from '../../src/storage/storage-contract';
import {
  PERSISTED_VERSION,
  persistedStateSchema,
  pickPersisted,
  type PersistedState,
} from '../../src/stores/persisted-state';
import { selfAnswers } from './heavy-answers';
import { buildPlan } from './heavy-plan';
import { createRandom, spread, uuid } from './heavy-random';
import { buildOwnedReview } from './heavy-reviews';

/*
 * A long, busy history built from a seed: the same bytes on every run, so sizes measured on it
 * are stable. Text is English prose of the length people write; keys are random bytes of the
 * real lengths (never used as keys), since sealing or deriving them would only cost time.
 */

export interface HistorySize {
  assessments: number;
  reviews: number;
  responsesPerReview: number;
  goals: number;
}

/** Ten years of use: a self-assessment a quarter, a 360 every half year, three goals a year. */
export const heavyHistory = {
  assessments: 40,
  reviews: 20,
  responsesPerReview: 15,
  goals: 30,
} as const satisfies HistorySize;

export function buildHistory(size: HistorySize, seed = 2016): PersistedState {
  const random = createRandom(seed);
  const assessments: CompletedAssessment[] = spread(size.assessments).map((date, i) => ({
    id: uuid(random),
    completedAt: date.toISOString(),
    instrumentVersion: itemBank.version,
    answers: selfAnswers(random, i / size.assessments),
  }));
  const reviews = spread(size.reviews).map((createdAt) =>
    buildOwnedReview(random, {
      createdAt,
      responses: size.responsesPerReview,
      late: Math.min(2, size.responsesPerReview),
      selfAssessmentId:
        assessments.findLast((a) => a.completedAt < createdAt.toISOString())?.id ?? null,
    }),
  );
  return persistedStateSchema.parse({
    assessments,
    draft: null,
    settings: { language: 'en' },
    reviews,
    raterDrafts: {},
    sharedReports: [],
    plan: buildPlan(random, size.goals),
  } satisfies PersistedState);
}

/** The heavy history the footprint benchmark and test measure. */
export function buildHeavyState(): PersistedState {
  return buildHistory(heavyHistory);
}

/**
 * The localStorage entries the app would hold for this state: zustand's persist hands
 * `{ state, version }` to the guarded storage, which writes it with JSON.stringify.
 */
export function storedEntries(state: PersistedState = buildHeavyState()): Record<string, string> {
  const value = JSON.stringify({ state: pickPersisted(state), version: PERSISTED_VERSION });
  return { [DATA_KEY]: value };
}
