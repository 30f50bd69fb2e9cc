import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { skillIds } from '../../domain/skills';
import { FieldError } from '../../ui/field-error';
import { isGoalErrorKey, type GoalFormValues } from './goal-form';

/** The fields of a goal, shared by the new-goal page and the inline editor. */
export function GoalFields({ form }: { form: UseFormReturn<GoalFormValues> }) {
  const { t } = useTranslation();
  const { register, formState } = form;
  const { errors } = formState;
  const error = (message: string | undefined) =>
    isGoalErrorKey(message) ? <FieldError>{t(message)}</FieldError> : null;
  return (
    <>
      <label className="field">
        <span>{t('plan.skill')}</span>
        <select {...register('skill')}>
          {skillIds.map((skill) => (
            <option key={skill} value={skill}>
              {t(`skills.${skill}.name`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field field-wide">
        <span>{t('plan.what')}</span>
        <textarea rows={2} aria-invalid={errors.what ? true : undefined} {...register('what')} />
        <span className="hint">{t('plan.whatHint')}</span>
        {error(errors.what?.message)}
      </label>
      <label className="field field-wide">
        <span>{t('plan.measure')}</span>
        <textarea
          rows={2}
          aria-invalid={errors.measure ? true : undefined}
          {...register('measure')}
        />
        <span className="hint">{t('plan.measureHint')}</span>
        {error(errors.measure?.message)}
      </label>
      <label className="field">
        <span>{t('plan.targetDate')}</span>
        <input
          type="date"
          aria-invalid={errors.targetDate ? true : undefined}
          {...register('targetDate')}
        />
        {error(errors.targetDate?.message)}
      </label>
    </>
  );
}
