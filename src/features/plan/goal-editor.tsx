import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Goal } from '../../domain/plan/plan';
import { useAppStore } from '../../stores/app-store';
import type { PlanChange } from '../../stores/plan-slice';
import { Notice } from '../../ui/notice';
import { goalResolver, type GoalFormValues } from './goal-form';
import { GoalFields } from './goal-fields';
import { refusalText } from './plan-refusal';

export function GoalEditor({ goal, onDone }: { goal: Goal; onDone: () => void }) {
  const { t } = useTranslation();
  const updateGoal = useAppStore((state) => state.updateGoal);
  const [outcome, setOutcome] = useState<PlanChange | null>(null);
  const refusal = refusalText(outcome, t);
  const form = useForm<GoalFormValues>({
    resolver: goalResolver,
    defaultValues: {
      skill: goal.skill,
      what: goal.what,
      measure: goal.measure,
      targetDate: goal.targetDate,
    },
  });
  return (
    <form
      noValidate
      onSubmit={(event) =>
        void form.handleSubmit((values) => {
          const result = updateGoal(goal.id, values);
          setOutcome(result);
          if (result === 'saved') onDone();
        })(event)
      }
    >
      <GoalFields form={form} />
      {refusal ? <Notice tone="error">{refusal}</Notice> : null}
      <div className="button-row">
        <button type="submit" className="button button-primary">
          {t('plan.saveGoal')}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t('settings.cancel')}
        </button>
      </div>
    </form>
  );
}
