import { emptyPlan } from '../domain/plan/plan';
import { PERSISTED_VERSION } from './persisted-state';

type Migration = (state: unknown) => unknown;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * migrations[n] turns a version-n state into version n+1. Each one only reshapes; the result is
 * validated against the current schema afterwards, so a migration never has to trust its input.
 */
export const migrations: Record<number, Migration> = {
  // Version 0 is what zustand's persist writes when no version is set: slices may be missing.
  0: (state) =>
    isRecord(state)
      ? {
          assessments: state.assessments ?? [],
          draft: state.draft ?? null,
          settings: state.settings ?? { language: null },
        }
      : state,
  // Version 2 added 360 reviews and rater drafts.
  1: (state) =>
    isRecord(state)
      ? { ...state, reviews: [], raterDrafts: {}, sharedReports: [], plan: emptyPlan }
      : state,
  // Version 3 added the manager's teams, optional: a state without them has none.
  2: (state) => state,
};

/**
 * Stands for stored data that could not be migrated. It fails validation, so the original is
 * quarantined; returning undefined instead would read as "nothing stored" and be overwritten.
 */
export const MIGRATION_FAILED = Object.freeze({ migrationFailed: true });

/** Runs every migration from `version` up to the current one; never throws. */
export function migrateState(state: unknown, version: number): unknown {
  let current = state;
  for (let from = version; from < PERSISTED_VERSION; from += 1) {
    const step = migrations[from];
    if (!step) return MIGRATION_FAILED;
    try {
      current = step(current);
    } catch {
      return MIGRATION_FAILED;
    }
  }
  return current;
}
