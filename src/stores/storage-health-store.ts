import { create } from 'zustand';

/**
 * What went wrong with saving or loading, for the banner. Kept apart from the persisted store
 * so a failing write can never feed back into another write.
 */
export type StorageProblem =
  'quarantined' | 'newer-version' | 'nearly-full' | 'full' | 'unavailable';

interface StorageHealthState {
  problems: StorageProblem[];
  report: (problem: StorageProblem) => void;
  dismiss: (problem: StorageProblem) => void;
}

export const useStorageHealthStore = create<StorageHealthState>()((set) => ({
  problems: [],
  report: (problem) => {
    set((state) =>
      state.problems.includes(problem) ? state : { problems: [...state.problems, problem] },
    );
  },
  dismiss: (problem) => {
    set((state) => ({ problems: state.problems.filter((p) => p !== problem) }));
  },
}));
