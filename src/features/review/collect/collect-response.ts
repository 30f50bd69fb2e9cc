import type { LinkErrorCode } from '../../../links/link-result';
import { importOwnerPrivateKey } from '../../../links/key-pair';
import { codeFromText } from '../../../links/link-url';
import { openResponse, peekResponse } from '../../../links/response-seal';
import { useAppStore } from '../../../stores/app-store';

export type CollectOutcome =
  | { kind: 'added'; reviewId: string; subjectName: string; wave: number }
  | { kind: 'duplicate'; reviewId: string; subjectName: string }
  /** The review holds as many responses as it can keep; this one was not stored. */
  | { kind: 'full'; reviewId: string; subjectName: string }
  | { kind: 'unknown-review' }
  /** The chosen or dropped file could not be read (moved, deleted, no permission). */
  | { kind: 'unreadable-file' }
  | { kind: 'refused'; reason: LinkErrorCode };

/**
 * Opens a pasted response with the review's private key and stores it once. Every failure
 * returns before anything is stored.
 */
export async function collectResponse(text: string): Promise<CollectOutcome> {
  const code = codeFromText(text);
  const header = await peekResponse(code);
  if (!header.ok) return { kind: 'refused', reason: header.error.code };
  const review = useAppStore.getState().reviews.find((r) => r.id === header.value.reviewId);
  if (!review) return { kind: 'unknown-review' };
  let privateKey: CryptoKey;
  try {
    privateKey = await importOwnerPrivateKey(review.privateKeyJwk);
  } catch {
    return { kind: 'refused', reason: 'cannot-open' };
  }
  const opened = await openResponse(code, privateKey);
  if (!opened.ok) return { kind: 'refused', reason: opened.error.code };
  const result = useAppStore.getState().receiveResponse(opened.value);
  const subjectName = review.subjectName;
  if (result.outcome === 'added') {
    return { kind: 'added', reviewId: review.id, subjectName, wave: result.wave };
  }
  if (result.outcome === 'duplicate' || result.outcome === 'full') {
    return { kind: result.outcome, reviewId: review.id, subjectName };
  }
  return { kind: 'unknown-review' };
}
