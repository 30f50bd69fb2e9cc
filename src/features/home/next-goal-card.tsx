import { useTranslation } from 'react-i18next';
import { findNextGoal } from '../../domain/plan/plan-progress';
import { formatDay } from '../../lib/format';
import { useAppStore } from '../../stores/app-store';
import { DashboardCard } from './dashboard-card';

/** The goal whose date comes first (or has passed), from the development plan. */
export function NextGoalCard({ today }: { today: string }) {
  const { t, i18n } = useTranslation();
  const plan = useAppStore((state) => state.plan);
  const next = findNextGoal(plan, today);
  const title = t('dashboard.goalTitle');
  if (next === null) {
    return (
      <DashboardCard id="goal-title" title={title} to="/plan/goals/new" action={t('plan.addGoal')}>
        <p>{t('dashboard.noGoal')}</p>
      </DashboardCard>
    );
  }
  const date = formatDay(next.goal.targetDate, i18n.language);
  return (
    <DashboardCard id="goal-title" title={title} to="/plan" action={t('dashboard.openPlan')}>
      <p className="dashboard-figure">{next.goal.what}</p>
      <p className="hint">{t(`skills.${next.goal.skill}.name`)}</p>
      <p>
        {next.isOverdue ? t('dashboard.goalOverdue', { date }) : t('dashboard.goalDue', { date })}
      </p>
    </DashboardCard>
  );
}
