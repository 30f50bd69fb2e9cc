import type { BackupData } from '../storage/backup';
import type { AssessmentsSlice } from './assessments-slice';
import type { DraftSlice } from './draft-slice';
import type { RaterSlice } from './rater-slice';
import type { ReviewsSlice } from './reviews-slice';
import type { PlanSlice } from './plan-slice';
import type { SettingsSlice } from './settings-slice';
import type { SharedReportsSlice } from './shared-reports-slice';
import type { TeamsSlice } from './teams-slice';

export interface DataActions {
  /**
   * Replaces every persisted slice at once (import, delete all). Refuses, changing nothing, data
   * the app could not load back (a merge past a limit, say), since that would be set aside.
   */
  replaceData: (data: BackupData) => 'saved' | 'invalid';
}

export type AppState = DraftSlice &
  AssessmentsSlice &
  SettingsSlice &
  ReviewsSlice &
  RaterSlice &
  SharedReportsSlice &
  PlanSlice &
  TeamsSlice &
  DataActions;
