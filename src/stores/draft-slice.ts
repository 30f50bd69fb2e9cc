import type { StateCreator } from 'zustand';
import type { DraftAssessment } from '../domain/assessment/assessment';
import type { Rating } from '../domain/instrument/scale';
import type { SkillId } from '../domain/instrument/skills';
import type { AppState } from './app-state';

export interface DraftSlice {
  draft: DraftAssessment | null;
  startDraft: (instrumentVersion: string) => void;
  answerItem: (itemId: string, rating: Rating, skill: SkillId) => void;
  goToStep: (step: DraftAssessment['currentSkill']) => void;
  discardDraft: () => void;
}

export const createDraftSlice: StateCreator<AppState, [], [], DraftSlice> = (set) => ({
  draft: null,
  startDraft: (instrumentVersion) => {
    const now = new Date().toISOString();
    set({
      draft: {
        startedAt: now,
        updatedAt: now,
        instrumentVersion,
        answers: {},
        currentSkill: 'executive-presence',
        currentItemId: null,
      },
    });
  },
  answerItem: (itemId, rating, skill) => {
    set((state) =>
      state.draft
        ? {
            draft: {
              ...state.draft,
              answers: { ...state.draft.answers, [itemId]: rating },
              currentSkill: skill,
              currentItemId: itemId,
              updatedAt: new Date().toISOString(),
            },
          }
        : state,
    );
  },
  goToStep: (step) => {
    set((state) =>
      state.draft && state.draft.currentSkill !== step
        ? { draft: { ...state.draft, currentSkill: step, currentItemId: null } }
        : state,
    );
  },
  discardDraft: () => {
    set({ draft: null });
  },
});
