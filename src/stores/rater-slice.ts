import type { StateCreator } from 'zustand';
import { raterDraftKey, type RaterDraft } from '../domain/rater-draft';
import type { ItemId } from '../domain/instrument';
import type { Invitation } from '../domain/review';
import type { RaterAnswer } from '../domain/scale';
import type { AppState } from './app-state';

type DraftText = Pick<RaterDraft, 'strength' | 'develop' | 'raterName' | 'includeName'>;

export interface RaterSlice {
  /** A rater's answers in progress, one per invitation, until sent. */
  raterDrafts: Record<string, RaterDraft>;
  /** Returns the key of the draft for this invitation, creating it on first opening. */
  openInvitation: (invitation: Invitation) => string;
  answerAsRater: (key: string, itemId: ItemId, answer: RaterAnswer) => void;
  updateRaterText: (key: string, text: Partial<DraftText>) => void;
  markResponseSent: (key: string, code: string) => void;
}

function updateDraft(
  drafts: Record<string, RaterDraft>,
  key: string,
  change: (draft: RaterDraft) => Partial<RaterDraft>,
): Record<string, RaterDraft> {
  const draft = drafts[key];
  if (!draft) return drafts;
  return { ...drafts, [key]: { ...draft, ...change(draft), updatedAt: new Date().toISOString() } };
}

export const createRaterSlice: StateCreator<AppState, [], [], RaterSlice> = (set, get) => ({
  raterDrafts: {},
  openInvitation: (invitation) => {
    const key = raterDraftKey(invitation);
    if (!get().raterDrafts[key]) {
      const draft: RaterDraft = {
        invitation,
        answers: {},
        strength: '',
        develop: '',
        raterName: '',
        includeName: false,
        updatedAt: new Date().toISOString(),
        sentCode: null,
      };
      set((state) => ({ raterDrafts: { ...state.raterDrafts, [key]: draft } }));
    }
    return key;
  },
  answerAsRater: (key, itemId, answer) => {
    set((state) => ({
      raterDrafts: updateDraft(state.raterDrafts, key, (draft) => ({
        answers: { ...draft.answers, [itemId]: answer },
      })),
    }));
  },
  updateRaterText: (key, text) => {
    set((state) => ({ raterDrafts: updateDraft(state.raterDrafts, key, () => text) }));
  },
  markResponseSent: (key, code) => {
    set((state) => ({
      raterDrafts: updateDraft(state.raterDrafts, key, () => ({ sentCode: code })),
    }));
  },
});
