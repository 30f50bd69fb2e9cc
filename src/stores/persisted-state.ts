import * as z from 'zod/mini';
import { completedAssessmentSchema, draftAssessmentSchema } from '../domain/assessment';
import { defaultSettings, settingsSchema } from '../domain/settings';

/**
 * The one shape Ascent keeps in localStorage under `ascent:data`, wrapped by zustand's persist
 * as `{ state, version }`. Change it only together with a migration in migrations.ts.
 */
export const PERSISTED_VERSION = 1;

export const persistedStateSchema = z.object({
  assessments: z.array(completedAssessmentSchema),
  draft: z.nullable(draftAssessmentSchema),
  settings: settingsSchema,
});
export type PersistedState = z.infer<typeof persistedStateSchema>;

export const emptyPersistedState: PersistedState = {
  assessments: [],
  draft: null,
  settings: defaultSettings,
};
