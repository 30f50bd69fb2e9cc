import type * as z from 'zod/mini';
import type { StorageValue } from 'zustand/middleware';
import { emptyPlan } from '../domain/plan/plan';
import { nextTask } from '../lib/next-task';
import type { GuardedStorage } from './guarded-storage';
import type { PersistedState, persistedStateSchema } from './persisted-state';

/** Checking stops for a turn once it has run this long, well inside a 50 ms long task. */
const SLICE_MS = 8;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Each item on its own; undefined as soon as one fails. */
async function checkItems<T>(
  schema: z.ZodMiniType<T>,
  items: unknown[],
  pause: () => Promise<void>,
): Promise<T[] | undefined> {
  const checked: T[] = [];
  let sliceStart = performance.now();
  for (const item of items) {
    const result = schema.safeParse(item);
    if (!result.success) return undefined;
    checked.push(result.data);
    if (performance.now() - sliceStart > SLICE_MS) {
      await pause();
      sliceStart = performance.now();
    }
  }
  return checked;
}

/**
 * The same verdict and data as `schema.safeParse`, without one long task: the plan on its own,
 * the lists that grow with years of use (assessments, reviews, shared reports; plain arrays with
 * no checks of their own) one item at a time, and everything else in one go with those left
 * empty, pausing between slices. Undefined when the state is invalid. The schema is passed in
 * rather than imported, so that the start-up code keeps it in its own chunk.
 */
export async function checkInSlices(
  state: unknown,
  schema: typeof persistedStateSchema,
  pause: () => Promise<void> = nextTask,
): Promise<PersistedState | undefined> {
  if (
    !isRecord(state) ||
    !Array.isArray(state['assessments']) ||
    !Array.isArray(state['reviews']) ||
    !Array.isArray(state['sharedReports']) ||
    !('plan' in state)
  ) {
    return schema.safeParse(state).data;
  }
  const { assessments, reviews, sharedReports, plan } = schema.shape;
  const rest = schema.safeParse({
    ...state,
    assessments: [],
    reviews: [],
    sharedReports: [],
    plan: emptyPlan,
  });
  if (!rest.success) return undefined;
  await pause();
  // Thirty goals with their actions and notes: a slice of its own.
  const checkedPlan = plan.safeParse(state['plan']);
  if (!checkedPlan.success) return undefined;
  await pause();
  const checkedAssessments = await checkItems(assessments.def.element, state['assessments'], pause);
  if (!checkedAssessments) return undefined;
  const checkedReviews = await checkItems(reviews.def.element, state['reviews'], pause);
  if (!checkedReviews) return undefined;
  const checkedReports = await checkItems(sharedReports.def.element, state['sharedReports'], pause);
  if (!checkedReports) return undefined;
  return {
    ...rest.data,
    plan: checkedPlan.data,
    assessments: checkedAssessments,
    reviews: checkedReviews,
    sharedReports: checkedReports,
  };
}

/**
 * The first read's value once checked; null when it is invalid, after setting it aside as a
 * full check would.
 */
export async function checkFirstRead(
  stored: StorageValue<unknown>,
  guarded: Pick<GuardedStorage, 'quarantineCurrent'>,
  schema: typeof persistedStateSchema,
): Promise<StorageValue<PersistedState> | null> {
  const state = await checkInSlices(stored.state, schema);
  if (!state) guarded.quarantineCurrent();
  return state ? { state, version: stored.version } : null;
}
