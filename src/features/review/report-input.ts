import { itemBank } from '../../content/item-bank';
import type { CompletedAssessment } from '../../domain/assessment';
import { sortByNewest } from '../../domain/assessment';
import type { OwnedReview } from '../../domain/owned-review';
import { buildReviewReport, type ReviewReport } from '../../domain/review-report';
import { separateSelfResponse } from '../../domain/review-raters';
import { responsesInWave } from '../../domain/review-waves';

/** The report of one wave; the self view comes from the subject's chosen self-assessment when they own it. */
export function reportForWave(
  review: OwnedReview,
  wave: number,
  assessments: readonly CompletedAssessment[],
): ReviewReport {
  const { self: selfResponse, others } = separateSelfResponse(responsesInWave(review, wave));
  const selfAssessment =
    review.ownerRole === 'subject'
      ? (assessments.find((a) => a.id === review.selfAssessmentId) ?? sortByNewest(assessments)[0])
      : undefined;
  return buildReviewReport({
    bank: itemBank,
    self: review.ownerRole === 'subject' ? (selfAssessment?.answers ?? null) : selfResponse,
    responses: others,
    threshold: review.threshold,
    seed: `${review.id}:${wave}`,
  });
}
