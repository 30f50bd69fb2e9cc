import type { BackupData } from '../storage/backup';
import type { AssessmentsSlice } from './assessments-slice';
import type { DraftSlice } from './draft-slice';
import type { SettingsSlice } from './settings-slice';

export interface DataActions {
  /** Replaces every persisted slice at once (import, delete all). */
  replaceData: (data: BackupData) => void;
}

export type AppState = DraftSlice & AssessmentsSlice & SettingsSlice & DataActions;
