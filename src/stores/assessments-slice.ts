import type { StateCreator } from 'zustand';
import type { CompletedAssessment } from '../domain/assessment/assessment';
import type { AppState } from './app-state';

export interface AssessmentsSlice {
  assessments: CompletedAssessment[];
  /** Turns the draft into a completed assessment; returns its id, or null without a draft. */
  submitDraft: (id: string) => string | null;
  deleteAssessment: (id: string) => void;
}

export const createAssessmentsSlice: StateCreator<AppState, [], [], AssessmentsSlice> = (
  set,
  get,
) => ({
  assessments: [],
  submitDraft: (id) => {
    const { draft } = get();
    if (!draft) return null;
    const completed: CompletedAssessment = {
      id,
      completedAt: new Date().toISOString(),
      instrumentVersion: draft.instrumentVersion,
      answers: draft.answers,
    };
    set((state) => ({ assessments: [...state.assessments, completed], draft: null }));
    return id;
  },
  deleteAssessment: (id) => {
    set((state) => ({ assessments: state.assessments.filter((a) => a.id !== id) }));
  },
});
