import type { StateCreator } from 'zustand';
import type { SharedReport } from '../domain/review/shared-report';
import type { AppState } from './app-state';

export interface SharedReportsSlice {
  /** Reports a manager handed to this browser's user: read-only group figures. */
  sharedReports: SharedReport[];
  /** Returns false when this wave of this review is already here (nothing changes). */
  addSharedReport: (report: SharedReport) => boolean;
}

export const createSharedReportsSlice: StateCreator<AppState, [], [], SharedReportsSlice> = (
  set,
  get,
) => ({
  sharedReports: [],
  addSharedReport: (report) => {
    const exists = get().sharedReports.some(
      (r) => r.reviewId === report.reviewId && r.wave === report.wave,
    );
    if (exists) return false;
    set((state) => ({ sharedReports: [...state.sharedReports, report] }));
    return true;
  },
});
