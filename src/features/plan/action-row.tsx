import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  MAX_ACTION_NOTES,
  actionStatuses,
  actionStatusSchema,
  type PlanAction,
} from '../../domain/plan/plan';
import { formatDay } from '../../lib/format';
import { useAppStore } from '../../stores/app-store';
import type { ActionChange } from '../../stores/plan-slice';
import { Notice } from '../../ui/notice';

interface ActionRowProps {
  goalId: string;
  action: PlanAction;
  isFirst: boolean;
  isLast: boolean;
  isOverdue: boolean;
}

export function ActionRow({ goalId, action, isFirst, isLast, isOverdue }: ActionRowProps) {
  const { t, i18n } = useTranslation();
  const updateStoredAction = useAppStore((state) => state.updateAction);
  const [isRefused, setRefused] = useState(false);
  const change = (next: ActionChange) => {
    setRefused(updateStoredAction(goalId, action.id, next) !== 'saved');
  };
  const moveAction = useAppStore((state) => state.moveAction);
  const removeAction = useAppStore((state) => state.removeAction);
  return (
    <li className="action-row">
      <p className="action-title">
        {action.title}
        {isOverdue ? <span className="badge badge-danger">{t('plan.overdue')}</span> : null}
        {action.doneAt ? (
          <span className="hint">
            {' '}
            · {t('plan.doneOn', { date: formatDay(action.doneAt, i18n.language) })}
          </span>
        ) : null}
      </p>
      <div className="inline-fields">
        <label className="field">
          <span>{t('plan.status', { action: action.title })}</span>
          <select
            value={action.status}
            onChange={(event) => {
              const status = actionStatusSchema.safeParse(event.target.value);
              if (status.success) change({ status: status.data });
            }}
          >
            {actionStatuses.map((status) => (
              <option key={status} value={status}>
                {t(`plan.statuses.${status}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('plan.actionDue', { action: action.title })}</span>
          <input
            type="date"
            value={action.dueDate ?? ''}
            onChange={(event) => change({ dueDate: event.target.value || null })}
          />
        </label>
      </div>
      <label className="field field-wide">
        <span>{t('plan.notes', { action: action.title })}</span>
        <textarea
          rows={2}
          maxLength={MAX_ACTION_NOTES}
          value={action.notes}
          onChange={(event) => change({ notes: event.target.value })}
        />
      </label>
      {isRefused ? <Notice tone="error">{t('plan.notSaved')}</Notice> : null}
      <div className="button-row no-print">
        <button
          type="button"
          className="button button-small"
          disabled={isFirst}
          onClick={() => moveAction(goalId, action.id, -1)}
        >
          {t('plan.moveUp', { item: action.title })}
        </button>
        <button
          type="button"
          className="button button-small"
          disabled={isLast}
          onClick={() => moveAction(goalId, action.id, 1)}
        >
          {t('plan.moveDown', { item: action.title })}
        </button>
        <button
          type="button"
          className="button button-small"
          onClick={() => removeAction(goalId, action.id)}
        >
          {t('plan.removeAction', { action: action.title })}
        </button>
      </div>
    </li>
  );
}
