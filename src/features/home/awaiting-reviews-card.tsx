import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { listAwaitingAnswers } from '../../domain/review/awaiting-answers';
import { formatDay } from '../../lib/format';
import { useAppStore } from '../../stores/app-store';
import { DashboardCard } from './dashboard-card';

/** A handful fits a tile; the reviews page lists them all. */
const REVIEWS_SHOWN = 4;

/** Open 360 reviews, each with the answers received so far and a way to it. */
export function AwaitingReviewsCard() {
  const { t, i18n } = useTranslation();
  const reviews = useAppStore((state) => state.reviews);
  const awaiting = listAwaitingAnswers(reviews);
  const shown = awaiting.slice(0, REVIEWS_SHOWN);
  return (
    <DashboardCard
      id="awaiting-title"
      title={t('dashboard.reviewsTitle')}
      to={awaiting.length === 0 ? '/reviews/new' : '/reviews'}
      action={awaiting.length === 0 ? t('reviews.new') : t('dashboard.allReviews')}
    >
      {awaiting.length === 0 ? (
        <p>{t('dashboard.noReviews')}</p>
      ) : (
        <ul className="dashboard-list">
          {shown.map((review) => (
            <li key={review.id}>
              <Link to={`/reviews/${review.id}`}>{review.subjectName}</Link>{' '}
              <span className="hint">
                {t('dashboard.received', {
                  count: review.received,
                  date: formatDay(review.dueDate, i18n.language),
                })}
              </span>
            </li>
          ))}
        </ul>
      )}
      {awaiting.length > shown.length ? (
        <p className="hint">
          {t('dashboard.moreReviews', { count: awaiting.length - shown.length })}
        </p>
      ) : null}
    </DashboardCard>
  );
}
