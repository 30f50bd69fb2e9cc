import './report-subject.css';
import type { ReactNode } from 'react';

/** Whom a report is about, under the page's heading, and which answers it holds. */
export function ReportSubject({ name, children }: { name: string; children: ReactNode }) {
  return (
    <div className="report-subject">
      <p className="report-subject-name">{name}</p>
      <p className="hint">{children}</p>
    </div>
  );
}
