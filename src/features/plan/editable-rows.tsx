import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_CASE_ROWS, MAX_CASE_TEXT } from '../../domain/plan/plan';

export interface RowField<Row> {
  key: keyof Row & string;
  label: string;
}

interface EditableRowsProps<Row extends Record<string, string>> {
  title: string;
  hint: string;
  rows: Row[];
  fields: RowField<Row>[];
  emptyRow: Row;
  addLabel: string;
  /** Labels each row for screen readers, e.g. "Program 2". */
  rowLabel: (index: number) => string;
  onChange: (rows: Row[]) => void;
}

/** A list of small records edited in place; every keystroke is saved by the caller. */
export function EditableRows<Row extends Record<string, string>>(props: EditableRowsProps<Row>) {
  const { t } = useTranslation();
  const { title, hint, rows, fields, emptyRow, addLabel, rowLabel, onChange } = props;
  const fullHintId = useId();
  const isFull = rows.length >= MAX_CASE_ROWS;
  const update = (index: number, key: keyof Row & string, value: string) => {
    onChange(rows.map((row, i) => (i === index ? { ...row, [key]: value } : row)));
  };
  return (
    <section className="case-section" aria-label={title}>
      <h2>{title}</h2>
      <p className="hint no-print">{hint}</p>
      {rows.map((row, index) => (
        <fieldset key={index} className="case-row">
          <legend className="visually-hidden">{rowLabel(index)}</legend>
          {fields.map((field) => (
            <label key={field.key} className="field">
              <span>{field.label}</span>
              <textarea
                rows={1}
                maxLength={MAX_CASE_TEXT}
                value={row[field.key]}
                onChange={(event) => update(index, field.key, event.target.value)}
              />
            </label>
          ))}
          <button
            type="button"
            className="button button-small no-print"
            onClick={() => onChange(rows.filter((_, i) => i !== index))}
          >
            {t('plan.case.remove', { row: rowLabel(index) })}
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        className="button no-print"
        disabled={isFull}
        aria-describedby={isFull ? fullHintId : undefined}
        onClick={() => onChange([...rows, emptyRow])}
      >
        {addLabel}
      </button>
      {isFull ? (
        <p id={fullHintId} className="hint no-print">
          {t('plan.case.rowsFull', { max: MAX_CASE_ROWS })}
        </p>
      ) : null}
    </section>
  );
}
