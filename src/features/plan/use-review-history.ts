import { useMemo } from 'react';
import { itemBank } from '../../content/item-bank';
import type { ReviewReport } from '../../domain/review/review-report';
import {
  buildWaveReport,
  chooseSelfAssessment,
  waveDate,
} from '../../domain/review/review-wave-report';
import type { ReviewTrendInput } from '../../domain/assessment/skill-trend';
import { useAppStore } from '../../stores/app-store';

interface DatedReport {
  date: string;
  report: ReviewReport;
}

function toTrend({ date, report }: DatedReport): ReviewTrendInput {
  return {
    date,
    indices: Object.fromEntries(report.skills.map((s) => [s.skill, s.others?.index ?? null])),
  };
}

/**
 * The person's own 360 results: reviews they ran about themselves and reports a manager
 * shared with them, one per wave, oldest first.
 */
export function useReviewHistory(): { latest: ReviewReport | null; trend: ReviewTrendInput[] } {
  const reviews = useAppStore((state) => state.reviews);
  const shared = useAppStore((state) => state.sharedReports);
  const assessments = useAppStore((state) => state.assessments);
  return useMemo(() => {
    const own = reviews
      .filter((review) => review.ownerRole === 'subject')
      .flatMap((review) => {
        const self = chooseSelfAssessment(review, assessments)?.answers ?? null;
        return review.waves.flatMap((wave): DatedReport[] => {
          const date = waveDate(review, wave.number);
          if (!date) return [];
          return [{ date, report: buildWaveReport(review, wave.number, self, itemBank) }];
        });
      });
    const received = shared.map((s): DatedReport => ({ date: s.sharedAt, report: s.report }));
    const all = [...own, ...received].sort((a, b) => Date.parse(a.date) - Date.parse(b.date));
    return { latest: all.at(-1)?.report ?? null, trend: all.map(toTrend) };
  }, [reviews, shared, assessments]);
}
