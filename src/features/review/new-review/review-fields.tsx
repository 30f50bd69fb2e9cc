import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { MAX_MESSAGE, type RaterCategory } from '../../../domain/review/review';
import { Field } from '../../../ui/field';
import { FieldError } from '../../../ui/field-error';

/**
 * The fields a single review and a team's reviews ask alike. Each takes its form's registration
 * and translated error, so both forms keep their own schema.
 */
interface RegisteredProps {
  registration: UseFormRegisterReturn;
  error: string | undefined;
}

export function CategoryChoices({
  categories,
  registration,
  error,
}: RegisteredProps & { categories: readonly RaterCategory[] }) {
  const { t } = useTranslation();
  return (
    <fieldset className="field">
      <legend>{t('review.categories')}</legend>
      {categories.map((category) => (
        <label key={category} className="choice">
          <input type="checkbox" value={category} {...registration} />
          {t(`categories.${category}`)}
        </label>
      ))}
      {error ? <FieldError>{error}</FieldError> : null}
    </fieldset>
  );
}

export function DueDateField({ registration, error }: RegisteredProps) {
  const { t } = useTranslation();
  return (
    <Field label={t('review.dueDate')} error={error}>
      {(control) => <input type="date" {...control} {...registration} />}
    </Field>
  );
}

export function MessageField({
  registration,
  error,
  length,
}: RegisteredProps & { length: number }) {
  const { t } = useTranslation();
  return (
    <Field
      label={t('review.message')}
      hint={t('review.messageCount', { count: length, max: MAX_MESSAGE })}
      error={error}
      isWide
    >
      {(control) => <textarea rows={4} maxLength={MAX_MESSAGE} {...control} {...registration} />}
    </Field>
  );
}

export function OwnerNameField({ registration, error }: RegisteredProps) {
  const { t } = useTranslation();
  return (
    <Field label={t('review.ownerName')} hint={t('review.ownerNameHint')} error={error}>
      {(control) => <input type="text" autoComplete="name" {...control} {...registration} />}
    </Field>
  );
}
