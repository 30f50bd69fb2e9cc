import './likert.css';
import type { ChangeEventHandler, FocusEventHandler, Ref } from 'react';

export interface LikertOption {
  value: number;
  label: string;
}

interface LikertItemProps {
  id: string;
  name: string;
  number: number;
  statement: string;
  options: readonly LikertOption[];
  inputRef: Ref<HTMLInputElement>;
  onChange: ChangeEventHandler<HTMLInputElement>;
  onBlur: FocusEventHandler<HTMLInputElement>;
  errorMessage?: string | undefined;
}

/**
 * One statement as a native radio group: browsers give it arrow-key movement, one tab stop
 * and the group label for screen readers without extra ARIA.
 */
export function LikertItem(props: LikertItemProps) {
  const { id, name, number, statement, options, inputRef, onChange, onBlur } = props;
  const errorId = `${id}-error`;
  return (
    <fieldset
      id={id}
      className="likert"
      aria-describedby={props.errorMessage ? errorId : undefined}
      aria-invalid={props.errorMessage ? true : undefined}
    >
      <legend>
        <span className="likert-number">{number}.</span> {statement}
      </legend>
      <div className="likert-options">
        {options.map((option) => (
          <label key={option.value} className="likert-option">
            <input
              type="radio"
              name={name}
              value={option.value}
              ref={inputRef}
              onChange={onChange}
              onBlur={onBlur}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      {props.errorMessage ? (
        <p id={errorId} className="field-error">
          {props.errorMessage}
        </p>
      ) : null}
    </fieldset>
  );
}
