import { useId } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { MAX_NAMED_RATERS } from '../../../domain/review/owned-review';
import type { RaterCategory } from '../../../domain/review/review';
import { Field } from '../../../ui/field';
import { FieldError } from '../../../ui/field-error';

/** One row of the form's rater list: `index` is its place in the whole array, for register(). */
export interface RaterRow {
  key: string;
  index: number;
}

interface NamedRatersFieldsetProps {
  legend: string;
  /** Left out where several lists share one hint above them. */
  hint?: string | undefined;
  rows: readonly RaterRow[];
  categories: readonly RaterCategory[];
  nameField: (index: number) => UseFormRegisterReturn;
  categoryField: (index: number) => UseFormRegisterReturn;
  nameError: (index: number) => string | undefined;
  /** Rules on the whole list (how many, which groups). */
  listError: string | undefined;
  onAdd: () => void;
  onRemove: (index: number) => void;
}

/**
 * The people invited by name, each with their own link, so the owner can see who answered. The
 * form owns the array: a single review keeps one list, a team one list tagged by person.
 */
export function NamedRatersFieldset(props: NamedRatersFieldsetProps) {
  const { legend, rows, categories, nameField, categoryField, nameError, listError } = props;
  const { t } = useTranslation();
  const isFull = rows.length >= MAX_NAMED_RATERS;
  const fullId = useId();

  return (
    <fieldset className="field field-wide">
      <legend>{legend}</legend>
      {props.hint ? <p className="hint">{props.hint}</p> : null}
      {rows.map((row, position) => (
        <div key={row.key} className="inline-fields">
          <Field
            label={t('review.raterName', { number: position + 1 })}
            error={nameError(row.index)}
          >
            {(control) => (
              <input type="text" autoComplete="off" {...control} {...nameField(row.index)} />
            )}
          </Field>
          <label className="field">
            <span>{t('review.raterCategory', { number: position + 1 })}</span>
            <select {...categoryField(row.index)}>
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
            onClick={() => props.onRemove(row.index)}
          >
            {t('review.removeRater', { number: position + 1 })}
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button"
        disabled={isFull}
        aria-describedby={isFull ? fullId : undefined}
        onClick={props.onAdd}
      >
        {t('review.addRater')}
      </button>
      {isFull ? (
        <p id={fullId} className="hint">
          {t('review.errors.tooManyRaters', { max: MAX_NAMED_RATERS })}
        </p>
      ) : null}
      {listError ? <FieldError>{listError}</FieldError> : null}
    </fieldset>
  );
}
