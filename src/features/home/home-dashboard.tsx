import './home-dashboard.css';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { itemBank } from '../../content/item-bank';
import { localDay } from '../../domain/calendar/local-day';
import { useAppStore } from '../../stores/app-store';
import { PageHeading } from '../../ui/page-heading';
import { AwaitingReviewsCard } from './awaiting-reviews-card';
import { NextGoalCard } from './next-goal-card';
import { ReadinessCard } from './readiness-card';
import { ReassessmentCard } from './reassessment-card';

/** Home for a returning person: where they stand, what waits for others, and what comes next. */
export function HomeDashboard() {
  const { t } = useTranslation();
  const today = localDay(new Date());
  const answered = useAppStore((state) =>
    state.draft ? Object.keys(state.draft.answers).length : null,
  );
  return (
    <>
      <PageHeading takesFocus={false}>{t('dashboard.title')}</PageHeading>
      <p className="lead">{t('dashboard.lead')}</p>
      {answered === null ? null : (
        <p className="card dashboard-resume">
          {t('home.resumeHint', { answered, total: itemBank.items.length })}{' '}
          <Link to="/assessment">{t('home.resume')}</Link>
        </p>
      )}
      <div className="dashboard">
        <ReadinessCard />
        <NextGoalCard today={today} />
        <AwaitingReviewsCard />
        <ReassessmentCard today={today} />
      </div>
    </>
  );
}
