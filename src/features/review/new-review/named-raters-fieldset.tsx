import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { MAX_NAMED_RATERS } from '../../../domain/review/owned-review';
import type { RaterCategory } from '../../../domain/review/review';
import { Field } from '../../../ui/field';
import { FieldError } from '../../../ui/field-error';
import { isReviewErrorKey, type NewReviewInput, type NewReviewValues } from './new-review-form';

interface NamedRatersFieldsetProps {
  form: UseFormReturn<NewReviewInput, unknown, NewReviewValues>;
  categories: readonly RaterCategory[];
  errorText: (message: string | undefined) => string | undefined;
}

/** The people invited by name, each with their own link, so the owner can see who answered. */
export function NamedRatersFieldset({ form, categories, errorText }: NamedRatersFieldsetProps) {
  const { t } = useTranslation();
  const { register, control, formState } = form;
  const { errors } = formState;
  const raters = useFieldArray({ control, name: 'namedRaters' });
  const isRatersFull = raters.fields.length >= MAX_NAMED_RATERS;
  // Rules on the whole list (how many, which groups) land on the array, not on a row.
  const ratersError = errors.namedRaters?.root?.message ?? errors.namedRaters?.message;

  return (
    <fieldset className="field field-wide">
      <legend>{t('review.namedRaters')}</legend>
      <p className="hint">{t('review.namedRatersHint')}</p>
      {raters.fields.map((field, index) => (
        <div key={field.id} className="inline-fields">
          <Field
            label={t('review.raterName', { number: index + 1 })}
            error={errorText(errors.namedRaters?.[index]?.name?.message)}
          >
            {(control) => (
              <input
                type="text"
                autoComplete="off"
                {...control}
                {...register(`namedRaters.${index}.name`)}
              />
            )}
          </Field>
          <label className="field">
            <span>{t('review.raterCategory', { number: index + 1 })}</span>
            <select {...register(`namedRaters.${index}.category`)}>
              {categories.map((category) => (
                <option key={category} value={category}>
                  {t(`categories.${category}`)}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            className="button button-small"
            onClick={() => raters.remove(index)}
          >
            {t('review.removeRater', { number: index + 1 })}
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button"
        disabled={isRatersFull}
        aria-describedby={isRatersFull ? 'raters-full' : undefined}
        onClick={() => raters.append({ name: '', category: 'peer' })}
      >
        {t('review.addRater')}
      </button>
      {isRatersFull ? (
        <p id="raters-full" className="hint">
          {t('review.errors.tooManyRaters', { max: MAX_NAMED_RATERS })}
        </p>
      ) : null}
      {isReviewErrorKey(ratersError) ? <FieldError>{errorText(ratersError)}</FieldError> : null}
    </fieldset>
  );
}
