import type { RaterDraft } from '../../domain/review/rater-draft';
import type { RaterResponse } from '../../domain/review/review';
import { i18nLanguage } from '../../lib/language';
import { createShortId } from '../../links/random-id';
import { sealResponse } from '../../links/response-seal';
import { useAppStore } from '../../stores/app-store';

/** Seals the draft for the owner's key and keeps the code, so it can be sent again later. */
export async function sendResponse(
  key: string,
  draft: RaterDraft,
  language: string,
): Promise<boolean> {
  const { invitation } = draft;
  const response: RaterResponse = {
    responseId: createShortId(),
    reviewId: invitation.reviewId,
    category: invitation.category,
    ...(invitation.raterId ? { raterId: invitation.raterId } : {}),
    answers: draft.answers,
    strength: draft.strength.trim(),
    develop: draft.develop.trim(),
    raterName: draft.includeName ? draft.raterName.trim() : '',
    language: i18nLanguage(language),
    instrumentVersion: invitation.instrumentVersion,
  };
  try {
    const code = await sealResponse(response, invitation.ownerPublicKey);
    useAppStore.getState().markResponseSent(key, code);
    return true;
  } catch {
    return false;
  }
}
