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

/** A wave's date, and its report, built only when asked for: each costs milliseconds. */
interface DatedWave {
  date: string;
  report: () => ReviewReport;
}

function toTrend(wave: DatedWave): ReviewTrendInput {
  return {
    date: wave.date,
    indices: Object.fromEntries(
      wave.report().skills.map((s) => [s.skill, s.others?.index ?? null]),
    ),
  };
}

/**
 * The person's own 360 results: reviews they ran about themselves and reports a manager
 * shared with them, one per wave, oldest first.
 */
function useDatedWaves(): DatedWave[] {
  const reviews = useAppStore((state) => state.reviews);
  const shared = useAppStore((state) => state.sharedReports);
  const assessments = useAppStore((state) => state.assessments);
  return useMemo(() => {
    const own = reviews
      .filter((review) => review.ownerRole === 'subject')
      .flatMap((review) => {
        const self = chooseSelfAssessment(review, assessments)?.answers ?? null;
        return review.waves.flatMap((wave): DatedWave[] => {
          const date = waveDate(review, wave.number);
          if (!date) return [];
          return [{ date, report: () => buildWaveReport(review, wave.number, self, itemBank) }];
        });
      });
    const received = shared.map((s): DatedWave => ({ date: s.sharedAt, report: () => s.report }));
    return [...own, ...received].sort((a, b) => Date.parse(a.date) - Date.parse(b.date));
  }, [reviews, shared, assessments]);
}

/** The latest 360 report, for the recommendations; the only one the top of the plan needs. */
export function useLatestReview(): ReviewReport | null {
  const waves = useDatedWaves();
  return useMemo(() => waves.at(-1)?.report() ?? null, [waves]);
}

/** Every wave's figures, for the trend; ten years of reviews take a slow phone a while. */
export function useReviewTrend(): ReviewTrendInput[] {
  const waves = useDatedWaves();
  return useMemo(() => waves.map(toTrend), [waves]);
}
