import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { sortByNewest } from '../../../domain/assessment/assessment';
import type { OwnedReview } from '../../../domain/review/owned-review';
import { formatDate } from '../../../lib/format';
import { useAppStore } from '../../../stores/app-store';

/** When the subject owns the review, their own self-assessment is the self view. */
export function SelfViewPicker({ review }: { review: OwnedReview }) {
  const { t, i18n } = useTranslation();
  const assessments = useAppStore((state) => state.assessments);
  const setSelfView = useAppStore((state) => state.setSelfView);
  const newestFirst = sortByNewest(assessments);
  const chosen = review.selfAssessmentId ?? newestFirst[0]?.id ?? '';
  return (
    <section aria-labelledby="self-title">
      <h2 id="self-title">{t('review.selfTitle')}</h2>
      {newestFirst.length === 0 ? (
        <p>
          {t('review.selfNone')} <Link to="/assessment">{t('results.takeAssessment')}</Link>
        </p>
      ) : (
        <label className="field">
          <span>{t('review.selfPick')}</span>
          <select value={chosen} onChange={(event) => setSelfView(review.id, event.target.value)}>
            {newestFirst.map((assessment) => (
              <option key={assessment.id} value={assessment.id}>
                {formatDate(assessment.completedAt, i18n.language)}
              </option>
            ))}
          </select>
        </label>
      )}
    </section>
  );
}
