import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { MAX_GOAL_TEXT } from '../../domain/plan/plan';
import { skillIds } from '../../domain/instrument/skills';
import { Field } from '../../ui/field';
import { isGoalErrorKey, type GoalFormValues } from './goal-form';

/** The fields of a goal, shared by the new-goal page and the inline editor. */
export function GoalFields({ form }: { form: UseFormReturn<GoalFormValues> }) {
  const { t } = useTranslation();
  const { register, formState } = form;
  const { errors } = formState;
  const error = (message: string | undefined) =>
    isGoalErrorKey(message) ? t(message, { max: MAX_GOAL_TEXT }) : undefined;
  return (
    <>
      <Field label={t('plan.skill')}>
        {(control) => (
          <select {...control} {...register('skill')}>
            {skillIds.map((skill) => (
              <option key={skill} value={skill}>
                {t(`skills.${skill}.name`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        label={t('plan.what')}
        hint={t('plan.whatHint')}
        error={error(errors.what?.message)}
        isWide
      >
        {(control) => <textarea rows={2} {...control} {...register('what')} />}
      </Field>
      <Field
        label={t('plan.measure')}
        hint={t('plan.measureHint')}
        error={error(errors.measure?.message)}
        isWide
      >
        {(control) => <textarea rows={2} {...control} {...register('measure')} />}
      </Field>
      <Field label={t('plan.targetDate')} error={error(errors.targetDate?.message)}>
        {(control) => <input type="date" {...control} {...register('targetDate')} />}
      </Field>
    </>
  );
}
