import { useId, type ReactNode } from 'react';

export interface FieldControlProps {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
}

interface FieldProps {
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  isWide?: boolean;
  children: (control: FieldControlProps) => ReactNode;
}

/**
 * A labelled control whose hint and error are linked by aria-describedby rather than placed in
 * the label, so a screen reader announces the name alone and the help after it.
 */
export function Field({ label, hint, error, isWide = false, children }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : null;
  const errorId = error ? `${id}-error` : null;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={isWide ? 'field field-wide' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined })}
      {hint ? (
        <span id={hintId ?? undefined} className="hint">
          {hint}
        </span>
      ) : null}
      {error ? (
        <span id={errorId ?? undefined} className="field-error">
          {error}
        </span>
      ) : null}
    </div>
  );
}
