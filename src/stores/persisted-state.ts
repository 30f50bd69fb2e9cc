import * as z from 'zod/mini';
import { completedAssessmentSchema, draftAssessmentSchema } from '../domain/assessment/assessment';
import { ownedReviewSchema } from '../domain/review/owned-review';
import { emptyPlan, planSchema } from '../domain/plan/plan';
import { raterDraftKeySchema, raterDraftSchema } from '../domain/review/rater-draft';
import { defaultSettings, settingsSchema } from '../domain/instrument/settings';
import { sharedReportSchema } from '../domain/review/shared-report';
import { teamsSchema } from '../domain/team/team';

/**
 * The one shape Ascent keeps in localStorage under `ascent:data`, wrapped by zustand's persist
 * as `{ state, version }`. Change it only together with a migration in migrations.ts.
 */
export const PERSISTED_VERSION = 3;

export const persistedStateSchema = z.object({
  assessments: z.array(completedAssessmentSchema),
  draft: z.nullable(draftAssessmentSchema),
  settings: settingsSchema,
  /** 360 reviews this browser owns, with their private keys and opened responses. */
  reviews: z.array(ownedReviewSchema),
  /**
   * Answers this browser is giving as a rater, keyed by invitation. Keys are checked as a backup
   * checks them: exactly what `raterDraftKey` writes, never a name an object already has.
   */
  raterDrafts: z.record(raterDraftKeySchema, raterDraftSchema),
  /** 360 reports a manager shared with this browser's user (group figures only). */
  sharedReports: z.array(sharedReportSchema),
  /** The development plan: goals, actions, importance weights, the case for the role. */
  plan: planSchema,
  /**
   * A manager's teams: which of the reviews above belong together. Optional so that data built
   * before teams existed (and test fixtures of that shape) still reads as "no teams".
   */
  teams: z.optional(teamsSchema),
});
export type PersistedState = z.infer<typeof persistedStateSchema>;

export const emptyPersistedState: PersistedState = {
  assessments: [],
  draft: null,
  settings: defaultSettings,
  reviews: [],
  raterDrafts: {},
  sharedReports: [],
  plan: emptyPlan,
};

/** The saved part of the app's state: what persist writes and what a backup exports. */
export function pickPersisted(state: PersistedState): PersistedState {
  const { assessments, draft, settings, reviews, raterDrafts, sharedReports, plan, teams } = state;
  return {
    assessments,
    draft,
    settings,
    reviews,
    raterDrafts,
    sharedReports,
    plan,
    // Absent means none: data without teams reads, writes and backs up byte for byte as before.
    ...(teams && teams.length > 0 ? { teams } : {}),
  };
}

/** Every part, as the schema names them (a test keeps the two lists the same). */
export const persistedKeys = [
  'assessments',
  'draft',
  'settings',
  'reviews',
  'raterDrafts',
  'sharedReports',
  'plan',
  'teams',
] as const satisfies readonly (keyof PersistedState)[];

function copyPart<K extends keyof PersistedState>(
  from: Pick<PersistedState, K>,
  to: Partial<PersistedState>,
  key: K,
): void {
  to[key] = from[key];
}

/**
 * The parts of `state` named in `keys`, each with its own type: the state is already valid, so
 * nothing needs checking again (which would cost a long task on a long history).
 */
export function pickParts(state: PersistedState, keys: readonly string[]): Partial<PersistedState> {
  const parts: Partial<PersistedState> = {};
  for (const key of persistedKeys) if (keys.includes(key)) copyPart(state, parts, key);
  return parts;
}
