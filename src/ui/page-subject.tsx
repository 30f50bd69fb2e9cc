import './page-subject.css';
import type { ReactNode } from 'react';

/**
 * Whom or what a page is about (a report's person, a team), under the page's own heading. The
 * heading stays the same for every one of them, so a prerendered page can show it before saved
 * data is read; this line comes with the data.
 */
export function PageSubject({ name, children }: { name: string; children?: ReactNode }) {
  return (
    <div className="page-subject">
      <p className="page-subject-name">{name}</p>
      {children ? <p className="hint">{children}</p> : null}
    </div>
  );
}
