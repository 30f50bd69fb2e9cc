import { describe, expect, it } from 'vitest';
import { allItemIds } from '../../../src/domain/instrument/instrument';
import {
  MAX_REVIEW_RESPONSES,
  ownedReviewSchema,
  type OwnedReview,
} from '../../../src/domain/review/owned-review';
import { emptyPlan } from '../../../src/domain/plan/plan';
import {
  MAX_BACKUP_BYTES,
  createBackup,
  mergeBackup,
  parseBackup,
  type BackupData,
} from '../../../src/storage/backup';
import { encodeBase64Url } from '../../../src/links/base64url';
import { ownedReview, raterResponse, receivedResponse } from '../support/reviews';

const NOW = new Date('2026-03-04T05:06:07.000Z');

/** What a browser keeps for one site: about five million characters of localStorage. */
const STORAGE_QUOTA_CHARS = 5_000_000;

function responseId(review: number, index: number): string {
  const bytes = new Uint8Array(8);
  bytes[0] = review;
  bytes[6] = index >> 8;
  bytes[7] = index & 0xff;
  return encodeBase64Url(bytes);
}

function reviewId(index: number): string {
  const bytes = new Uint8Array(16);
  bytes[0] = index;
  return encodeBase64Url(bytes);
}

const fullAnswers = Object.fromEntries(allItemIds().map((id, index) => [id, (index % 5) + 1]));

function reviewWithResponses(index: number, count: number): OwnedReview {
  const id = reviewId(index);
  return ownedReview({
    id,
    responses: Array.from({ length: count }, (_, n) =>
      receivedResponse(
        raterResponse({
          reviewId: id,
          responseId: responseId(index, n),
          answers: fullAnswers,
          strength: 'Écoute vraiment, reformule avant de décider — et tient parole.',
          develop: 'Déléguer davantage ; partager les brouillons plus tôt.',
        }),
      ),
    ),
  });
}

function emptyData(): BackupData {
  return {
    assessments: [],
    draft: null,
    settings: { language: null },
    reviews: [],
    raterDrafts: {},
    sharedReports: [],
    plan: emptyPlan,
  };
}

describe('backup limits', () => {
  it('imports the export of a browser whose storage is full', () => {
    const reviews: OwnedReview[] = [];
    const data = emptyData();
    while (JSON.stringify({ ...data, reviews }).length < STORAGE_QUOTA_CHARS) {
      reviews.push(reviewWithResponses(reviews.length, 500));
    }
    const full: BackupData = { ...data, reviews };
    // Settings exports pretty-printed, as data-section.tsx does.
    const file = JSON.stringify(createBackup(full, NOW), null, 2);
    const bytes = new TextEncoder().encode(file).length;

    expect(bytes).toBeGreaterThan(STORAGE_QUOTA_CHARS);
    expect(bytes).toBeLessThanOrEqual(MAX_BACKUP_BYTES);
    const parsed = parseBackup(file);
    expect(parsed.ok && parsed.value.data.reviews.length).toBe(reviews.length);
  });

  it('merges responses into a known review only up to what stored data may hold', () => {
    const here = reviewWithResponses(1, MAX_REVIEW_RESPONSES - 10);
    const incoming = { ...reviewWithResponses(1, MAX_REVIEW_RESPONSES), id: here.id };
    const shifted: OwnedReview = {
      ...incoming,
      // Every incoming response is new to this browser.
      responses: incoming.responses.map((received, n) => ({
        ...received,
        response: { ...received.response, responseId: responseId(2, n) },
      })),
    };

    const merged = mergeBackup(
      { ...emptyData(), reviews: [here] },
      { ...emptyData(), reviews: [shifted] },
    );

    const [review] = merged.data.reviews;
    expect(review?.responses).toHaveLength(MAX_REVIEW_RESPONSES);
    expect(merged.added).toBe(10);
    // …so the merged data still reads back after a reload.
    expect(ownedReviewSchema.safeParse(review).success).toBe(true);
  });
});
