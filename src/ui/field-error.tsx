import type { ReactNode } from 'react';

export function FieldError({ children }: { children: ReactNode }) {
  return <span className="field-error">{children}</span>;
}
