import './plan-page.css';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { sortByNewest } from '../../domain/assessment/assessment';
import { suggestReassessment } from '../../domain/plan/plan-calendar';
import { localDay } from '../../domain/calendar/local-day';
import { MAX_GOALS } from '../../domain/plan/plan';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useGrowingCount } from '../../lib/use-growing-count';
import { useAppStore } from '../../stores/app-store';
import { EmptyState } from '../../ui/empty-state';
import { PageHeading } from '../../ui/page-heading';
import { StoredData } from '../../ui/stored-data';
import { WhenNearViewport } from '../../ui/when-near-viewport';
import { ArchivedGoals } from './archived-goals';
import { GoalCard } from './goal-card';
import { ImportanceSection } from './importance-section';
import { PlanExports } from './plan-exports';
import { ProgressSection } from './progress-section';
import { RecommendationsSection } from './recommendations-section';
import { TrendSection } from './trend-section';
import { useLatestReview, useReviewTrend } from './use-review-history';

export function PlanPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('plan.title'));
  const goals = useAppStore((state) => state.plan.goals);
  const latestReview = useLatestReview();
  const today = localDay(new Date());
  const lastAssessment = useAppStore(
    (state) => sortByNewest(state.assessments)[0]?.completedAt ?? null,
  );
  // Computed once for the progress notice and the calendar export.
  const reassessment = suggestReassessment(lastAssessment, new Date(`${today}T12:00:00Z`));
  const active = goals.filter((goal) => goal.archivedAt === null);
  const archived = goals.filter((goal) => goal.archivedAt !== null);
  // A long plan is drawn a part per task: the first goal at once (it fills a phone's screen), then
  // each further goal, the recommendations, and the rest of the page.
  const drawnParts = useGrowingCount(active.length + 2);
  const shownGoals = Math.min(drawnParts, active.length);
  const areRecommendationsShown = drawnParts > active.length;
  const isRestShown = drawnParts > active.length + 1;

  return (
    <>
      <PageHeading>{t('plan.title')}</PageHeading>
      <p>{t('plan.intro')}</p>
      <StoredData>
        {lastAssessment === null ? (
          <div className="no-print">
            <EmptyState
              text={t('plan.startFirst')}
              action={t('results.takeAssessment')}
              to="/assessment"
            />
          </div>
        ) : null}
        <section aria-labelledby="goals-title">
          <h2 id="goals-title">{t('plan.goalsTitle')}</h2>
          {goals.length >= MAX_GOALS ? (
            <p className="hint no-print">{t('plan.goalsFull', { max: MAX_GOALS })}</p>
          ) : (
            <Link className="button button-primary no-print" to="/plan/goals/new">
              {t('plan.addGoal')}
            </Link>
          )}
          {active.length === 0 ? (
            <p>{lastAssessment === null ? t('plan.noGoalsNoResults') : t('plan.noGoals')}</p>
          ) : null}
          {active.slice(0, shownGoals).map((goal, index) => (
            <GoalCard
              key={goal.id}
              goal={goal}
              today={today}
              isFirst={index === 0}
              isLast={index === active.length - 1}
            />
          ))}
          {archived.length > 0 ? <ArchivedGoals goals={archived} today={today} /> : null}
        </section>
        {areRecommendationsShown ? (
          <div className="no-print">
            <RecommendationsSection latestReview={latestReview} />
          </div>
        ) : null}
        {isRestShown ? (
          <>
            <nav aria-label={t('plan.sections')} className="button-row no-print">
              <Link className="button" to="/plan/case">
                {t('plan.case.title')}
              </Link>
              <Link className="button" to="/plan/catalog">
                {t('plan.catalog.title')}
              </Link>
            </nav>
            <ImportanceSection />
            <ProgressSection today={today} reassessment={reassessment} />
            <section aria-labelledby="trend-title">
              <h2 id="trend-title">{t('plan.trendSection')}</h2>
              <WhenNearViewport placeholderClassName="trend-placeholder">
                <ReviewTrendSection />
              </WhenNearViewport>
            </section>
            <PlanExports today={today} reassessment={reassessment} />
          </>
        ) : null}
      </StoredData>
    </>
  );
}

/** Every wave's report is built for the trend, so it is built when the trend comes near. */
function ReviewTrendSection() {
  return <TrendSection reviews={useReviewTrend()} />;
}
