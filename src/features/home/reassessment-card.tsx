import { useTranslation } from 'react-i18next';
import { sortByNewest } from '../../domain/assessment/assessment';
import { suggestReassessment } from '../../domain/plan/plan-calendar';
import { formatDay } from '../../lib/format';
import { useAppStore } from '../../stores/app-store';
import { DashboardCard } from './dashboard-card';

/** When to measure again: the plan's rule, six months after the latest self-assessment. */
export function ReassessmentCard({ today }: { today: string }) {
  const { t, i18n } = useTranslation();
  const last = useAppStore((state) => sortByNewest(state.assessments)[0]?.completedAt ?? null);
  const suggestion = suggestReassessment(last, new Date(`${today}T12:00:00Z`));
  // Without a first assessment there is nothing to count from; the readiness tile offers it.
  if (suggestion === null) return null;
  return (
    <DashboardCard
      id="reassess-title"
      title={t('dashboard.reassessTitle')}
      to="/assessment"
      action={t('dashboard.takeAgain')}
      isPrimary={suggestion.isDue}
    >
      <p className="dashboard-figure">{formatDay(suggestion.date, i18n.language)}</p>
      <p>{suggestion.isDue ? t('dashboard.reassessDue') : t('dashboard.reassessRule')}</p>
    </DashboardCard>
  );
}
