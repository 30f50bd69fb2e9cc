import { itemBank } from '../../../content/item-bank';
import type { CompletedAssessment } from '../../../domain/assessment/assessment';
import type { OwnedReview } from '../../../domain/review/owned-review';
import type { ReviewReport } from '../../../domain/review/review-report';
import { buildWaveReport, chooseSelfAssessment } from '../../../domain/review/review-wave-report';

export function reportForWave(
  review: OwnedReview,
  wave: number,
  assessments: readonly CompletedAssessment[],
): ReviewReport {
  const self = chooseSelfAssessment(review, assessments);
  return buildWaveReport(review, wave, self?.answers ?? null, itemBank);
}
