import { itemBank } from '../../content/item-bank';
import type { CompletedAssessment } from '../../domain/assessment';
import { sortByNewest } from '../../domain/assessment';
import type { OwnedReview } from '../../domain/owned-review';
import type { ReviewReport } from '../../domain/review-report';
import { buildWaveReport } from '../../domain/review-wave-report';

/** The subject's chosen self-assessment, or their latest when they chose none. */
export function reportForWave(
  review: OwnedReview,
  wave: number,
  assessments: readonly CompletedAssessment[],
): ReviewReport {
  const chosen =
    assessments.find((a) => a.id === review.selfAssessmentId) ?? sortByNewest(assessments)[0];
  return buildWaveReport(review, wave, chosen?.answers ?? null, itemBank);
}
