import { sortByNewest, type Answers, type CompletedAssessment } from '../assessment/assessment';
import type { ItemBank } from '../instrument/instrument';
import type { OwnedReview } from './owned-review';
import { buildReviewReport, type ReviewReport } from './review-report';
import { separateSelfResponse } from './review-raters';
import { responsesInWave } from './review-waves';

/**
 * One wave's report. When the subject owns the review, the self view is the self-assessment
 * they chose; when a manager owns it, it is the subject's own "self" response.
 */
export function buildWaveReport(
  review: OwnedReview,
  wave: number,
  subjectSelfAssessment: Answers | null,
  bank: ItemBank,
): ReviewReport {
  const { self, others } = separateSelfResponse(responsesInWave(review, wave));
  return buildReviewReport({
    bank,
    self: review.ownerRole === 'subject' ? subjectSelfAssessment : self,
    responses: others,
    threshold: review.threshold,
    instrumentVersion: review.instrumentVersion,
    seed: `${review.id}:${String(wave)}`,
  });
}

/** When a wave's figures date from: its freezing, or else its latest response. */
export function waveDate(review: OwnedReview, wave: number): string | null {
  const frozenAt = review.waves.find((w) => w.number === wave)?.frozenAt;
  if (frozenAt) return frozenAt;
  const received = review.responses.filter((r) => r.wave === wave).map((r) => r.receivedAt);
  return received.sort().at(-1) ?? null;
}

/** The self-assessment a subject-owned review compares with: the chosen one, else the latest. */
export function chooseSelfAssessment(
  review: OwnedReview,
  assessments: readonly CompletedAssessment[],
): CompletedAssessment | null {
  const chosen = assessments.find((a) => a.id === review.selfAssessmentId);
  return chosen ?? sortByNewest(assessments)[0] ?? null;
}
