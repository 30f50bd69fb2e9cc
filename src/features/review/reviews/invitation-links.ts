import { useEffect, useState } from 'react';
import type { OwnedReview } from '../../../domain/review/owned-review';
import type { Invitation, RaterCategory } from '../../../domain/review/review';
import { packInvitation } from '../../../links/invitation-link';
import { invitationUrl } from '../../../links/link-url';
import { appBaseUrl } from '../../../lib/app-url';

export interface InvitationLink {
  /** `category` for a group link, `category:raterId` for a named rater's own link. */
  key: string;
  category: RaterCategory;
  raterName: string | null;
  url: string;
}

function invitationFor(review: OwnedReview, category: RaterCategory, raterId?: string): Invitation {
  return {
    reviewId: review.id,
    category,
    ...(raterId ? { raterId } : {}),
    subjectName: review.subjectName,
    message: review.message,
    dueDate: review.dueDate,
    language: review.language,
    instrumentVersion: review.instrumentVersion,
    ...(review.ownerEmail ? { ownerEmail: review.ownerEmail } : {}),
    ...(review.ownerName ? { ownerName: review.ownerName } : {}),
    ownerPublicKey: review.publicKey,
  };
}

export async function buildInvitationLinks(review: OwnedReview): Promise<InvitationLink[]> {
  const base = appBaseUrl();
  const groups = review.categories.map(async (category) => ({
    key: category,
    category,
    raterName: null,
    url: invitationUrl(base, await packInvitation(invitationFor(review, category))),
  }));
  const named = review.namedRaters.map(async (rater) => ({
    key: `${rater.category}:${rater.id}`,
    category: rater.category,
    raterName: rater.name,
    url: invitationUrl(base, await packInvitation(invitationFor(review, rater.category, rater.id))),
  }));
  return Promise.all([...groups, ...named]);
}

/** Packing is asynchronous (compression, checksum), so links arrive just after the first render. */
export function useInvitationLinks(
  review: OwnedReview | undefined,
): InvitationLink[] | 'failed' | null {
  const [links, setLinks] = useState<{
    reviewId: string;
    links: InvitationLink[] | 'failed';
  } | null>(null);
  useEffect(() => {
    if (!review) return;
    let isCurrent = true;
    // A review restored from a damaged backup may hold a key no link can carry: say so.
    buildInvitationLinks(review).then(
      (built) => {
        if (isCurrent) setLinks({ reviewId: review.id, links: built });
      },
      () => {
        if (isCurrent) setLinks({ reviewId: review.id, links: 'failed' });
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [review]);
  return review && links?.reviewId === review.id ? links.links : null;
}
