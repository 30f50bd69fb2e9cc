import type { StateCreator } from 'zustand';
import { raterDraftKey, raterDraftSchema, type RaterDraft } from '../domain/review/rater-draft';
import type { ItemId } from '../domain/instrument/instrument';
import type { Invitation } from '../domain/review/review';
import type { RaterAnswer } from '../domain/instrument/scale';
import type { AppState } from './app-state';

type DraftText = Pick<RaterDraft, 'strength' | 'develop' | 'raterName' | 'includeName'>;

export interface RaterSlice {
  /** A rater's answers in progress, one per invitation, until sent. */
  raterDrafts: Record<string, RaterDraft>;
  /** Returns the key of the draft for this invitation, creating it on first opening. */
  openInvitation: (invitation: Invitation) => string;
  /** Each returns false, saving nothing, when the draft is gone or the change breaks its schema. */
  answerAsRater: (key: string, itemId: ItemId, answer: RaterAnswer) => boolean;
  updateRaterText: (key: string, text: Partial<DraftText>) => boolean;
  markResponseSent: (key: string, code: string) => boolean;
}

export const createRaterSlice: StateCreator<AppState, [], [], RaterSlice> = (set, get) => {
  /** A text past its stored limit would make the whole saved document fail at the next load. */
  const updateDraft = (key: string, change: (draft: RaterDraft) => Partial<RaterDraft>) => {
    const draft = get().raterDrafts[key];
    if (!draft) return false;
    const next = { ...draft, ...change(draft), updatedAt: new Date().toISOString() };
    if (!raterDraftSchema.safeParse(next).success) return false;
    set((state) => ({ raterDrafts: { ...state.raterDrafts, [key]: next } }));
    return true;
  };
  return {
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
    answerAsRater: (key, itemId, answer) =>
      updateDraft(key, (draft) => ({ answers: { ...draft.answers, [itemId]: answer } })),
    updateRaterText: (key, text) => updateDraft(key, () => text),
    markResponseSent: (key, code) => updateDraft(key, () => ({ sentCode: code })),
  };
};
