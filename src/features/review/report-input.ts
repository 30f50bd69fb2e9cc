import { itemBank } from '../../content/item-bank';
import type { CompletedAssessment } from '../../domain/assessment';
import type { OwnedReview } from '../../domain/owned-review';
import type { ReviewReport } from '../../domain/review-report';
import { buildWaveReport, chooseSelfAssessment } from '../../domain/review-wave-report';

export function reportForWave(
  review: OwnedReview,
  wave: number,
  assessments: readonly CompletedAssessment[],
): ReviewReport {
  const self = chooseSelfAssessment(review, assessments);
  return buildWaveReport(review, wave, self?.answers ?? null, itemBank);
}
