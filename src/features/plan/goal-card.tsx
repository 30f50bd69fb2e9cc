import '../../ui/facts.css';
import { lazy, memo, Suspense, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_ACTIONS_PER_GOAL, MAX_ACTION_TITLE, type Goal } from '../../domain/plan/plan';
import { createId } from '../../lib/ids';
import { formatDay } from '../../lib/format';
import { useAppStore } from '../../stores/app-store';
import type { PlanChange } from '../../stores/plan-slice';
import { Notice } from '../../ui/notice';
import { ActionRow } from './action-row';
import { refusalText } from './plan-refusal';

interface GoalCardProps {
  goal: Goal;
  today: string;
  isFirst: boolean;
  isLast: boolean;
}

// Editing a goal needs react-hook-form; the plan loads it only when a goal is edited.
const GoalEditor = lazy(() =>
  import('./goal-editor').then((module) => ({ default: module.GoalEditor })),
);

// Memoized: while a long plan is drawn a goal per task, the goals already drawn are not drawn again.
export const GoalCard = memo(function GoalCard({ goal, today, isFirst, isLast }: GoalCardProps) {
  const { t, i18n } = useTranslation();
  const [isEditing, setEditing] = useState(false);
  const [newAction, setNewAction] = useState('');
  const [addOutcome, setAddOutcome] = useState<PlanChange | null>(null);
  const moveGoal = useAppStore((state) => state.moveGoal);
  const setGoalArchived = useAppStore((state) => state.setGoalArchived);
  const addAction = useAppStore((state) => state.addAction);
  const isArchived = goal.archivedAt !== null;
  const isFull = goal.actions.length >= MAX_ACTIONS_PER_GOAL;
  const fullHintId = useId();
  const refusal = isFull ? null : refusalText(addOutcome, t);
  const isOverdue =
    !isArchived && goal.targetDate < today && goal.actions.some((a) => a.status !== 'done');
  const title = t('format.labelled', { label: t(`skills.${goal.skill}.name`), value: goal.what });

  return (
    <article className="card goal" aria-label={title}>
      {isEditing ? (
        <Suspense fallback={<p className="hint">{t('app.loading')}</p>}>
          <GoalEditor goal={goal} onDone={() => setEditing(false)} />
        </Suspense>
      ) : (
        <>
          <h3>
            {title}
            {isOverdue ? <span className="badge badge-danger">{t('plan.overdue')}</span> : null}
          </h3>
          <dl className="facts">
            <dt>{t('plan.measure')}</dt>
            <dd>{goal.measure}</dd>
            <dt>{t('plan.targetDate')}</dt>
            <dd>{formatDay(goal.targetDate, i18n.language)}</dd>
          </dl>
        </>
      )}
      <h4>{t('plan.actions')}</h4>
      {goal.actions.length === 0 ? <p className="hint">{t('plan.noActions')}</p> : null}
      <ol className="actions">
        {goal.actions.map((action, index) => (
          <ActionRow
            key={action.id}
            goalId={goal.id}
            action={action}
            isFirst={index === 0}
            isLast={index === goal.actions.length - 1}
            isOverdue={
              !isArchived &&
              action.status !== 'done' &&
              action.dueDate !== null &&
              action.dueDate < today
            }
          />
        ))}
      </ol>
      <form
        noValidate
        className="inline-fields no-print"
        onSubmit={(event) => {
          event.preventDefault();
          const title = newAction.trim();
          if (!title) return;
          const result = addAction(goal.id, { title, catalogId: null, dueDate: null }, createId());
          setAddOutcome(result);
          if (result === 'saved') setNewAction('');
        }}
      >
        <label className="field field-wide">
          <span>{t('plan.newAction', { goal: goal.what })}</span>
          <input
            type="text"
            maxLength={MAX_ACTION_TITLE}
            disabled={isFull}
            aria-describedby={isFull ? fullHintId : undefined}
            value={newAction}
            onChange={(event) => setNewAction(event.target.value)}
          />
        </label>
        <button type="submit" className="button" disabled={isFull}>
          {t('plan.addAction')}
        </button>
      </form>
      {isFull ? (
        <p id={fullHintId} className="hint no-print">
          {t('plan.actionsFull', { max: MAX_ACTIONS_PER_GOAL })}
        </p>
      ) : null}
      {refusal ? <Notice tone="error">{refusal}</Notice> : null}
      <div className="button-row no-print">
        {isEditing ? null : (
          <button type="button" className="button button-small" onClick={() => setEditing(true)}>
            {t('plan.editGoal', { goal: goal.what })}
          </button>
        )}
        <button
          type="button"
          className="button button-small"
          disabled={isFirst}
          onClick={() => moveGoal(goal.id, -1)}
        >
          {t('plan.moveUp', { item: goal.what })}
        </button>
        <button
          type="button"
          className="button button-small"
          disabled={isLast}
          onClick={() => moveGoal(goal.id, 1)}
        >
          {t('plan.moveDown', { item: goal.what })}
        </button>
        <button
          type="button"
          className="button button-small"
          onClick={() => setGoalArchived(goal.id, !isArchived)}
        >
          {isArchived
            ? t('plan.restoreGoal', { goal: goal.what })
            : t('plan.archiveGoal', { goal: goal.what })}
        </button>
      </div>
    </article>
  );
});
