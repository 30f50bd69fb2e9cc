import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Goal } from '../../domain/plan/plan';
import { GoalCard } from './goal-card';

/**
 * Archived goals behind a disclosure. Their cards are built only once it is opened: years of
 * archived goals would otherwise cost a phone most of a second on every visit to the plan.
 */
export function ArchivedGoals({ goals, today }: { goals: Goal[]; today: string }) {
  const { t } = useTranslation();
  const [isOpen, setOpen] = useState(false);
  return (
    <details className="no-print" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('plan.archived', { count: goals.length })}</summary>
      {isOpen
        ? goals.map((goal) => <GoalCard key={goal.id} goal={goal} today={today} isFirst isLast />)
        : null}
    </details>
  );
}
