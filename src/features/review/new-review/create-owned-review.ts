import { itemBank } from '../../../content/item-bank';
import type { Language } from '../../../domain/instrument/settings';
import type { OwnedReview } from '../../../domain/review/owned-review';
import { createOwnerKeyPair } from '../../../links/key-pair';
import { createReviewId, createShortId } from '../../../links/random-id';
import type { NewReviewValues } from './new-review-form';

/** A new review with a key pair of its own: only this browser will be able to open its answers. */
export async function createOwnedReview(
  values: NewReviewValues,
  language: Language,
): Promise<OwnedReview> {
  const keys = await createOwnerKeyPair();
  return {
    id: createReviewId(),
    createdAt: new Date().toISOString(),
    subjectName: values.subjectName,
    ownerRole: values.ownerRole,
    ownerEmail: values.ownerEmail,
    ...(values.ownerName ? { ownerName: values.ownerName } : {}),
    dueDate: values.dueDate,
    message: values.message,
    threshold: values.threshold,
    categories: values.categories,
    language,
    instrumentVersion: itemBank.version,
    publicKey: keys.publicKey,
    privateKeyJwk: keys.privateKeyJwk,
    namedRaters: values.namedRaters.map((rater) => ({ ...rater, id: createShortId() })),
    selfAssessmentId: null,
    responses: [],
    waves: [{ number: 1, frozenAt: null }],
  };
}
