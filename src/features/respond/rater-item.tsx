import '../../ui/likert.css';
import type { ItemId } from '../../domain/instrument/instrument';
import { raterAnswerSchema, type RaterAnswer } from '../../domain/instrument/scale';

interface RaterItemProps {
  itemId: ItemId;
  number: number;
  statement: string;
  options: readonly { value: RaterAnswer; label: string }[];
  value: RaterAnswer | undefined;
  isMissing: boolean;
  missingLabel: string;
  onChange: (value: RaterAnswer) => void;
}

/** A rater's item: the five frequencies plus "Not observed", as one native radio group. */
export function RaterItem(props: RaterItemProps) {
  const { itemId, number, statement, options, value, isMissing, missingLabel, onChange } = props;
  const errorId = `rater-${itemId}-error`;
  return (
    <fieldset
      id={`rater-${itemId}`}
      className="likert"
      aria-invalid={isMissing ? true : undefined}
      aria-describedby={isMissing ? errorId : undefined}
    >
      <legend>
        <span className="likert-number">{number}.</span> {statement}
      </legend>
      <div className="likert-options likert-options-six">
        {options.map((option) => (
          <label key={option.value} className="likert-option">
            <input
              type="radio"
              name={`rater-${itemId}`}
              value={option.value}
              checked={value === option.value}
              onChange={(event) => {
                const parsed = raterAnswerSchema.safeParse(Number(event.target.value));
                if (parsed.success) onChange(parsed.data);
              }}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      {isMissing ? (
        <p id={errorId} className="field-error">
          {missingLabel}
        </p>
      ) : null}
    </fieldset>
  );
}
