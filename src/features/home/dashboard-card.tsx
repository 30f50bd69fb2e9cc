import type { ReactNode } from 'react';
import { Link } from 'react-router';

interface DashboardCardProps {
  id: string;
  title: string;
  children: ReactNode;
  /** Where the card leads: its button. */
  to: string;
  action: string;
  isPrimary?: boolean;
}

/** One tile of the dashboard: a heading, what stands, and the one step that follows from it. */
export function DashboardCard({ id, title, children, to, action, isPrimary }: DashboardCardProps) {
  return (
    <section className="card dashboard-card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <div className="dashboard-body">{children}</div>
      <Link className={isPrimary ? 'button button-primary' : 'button'} to={to}>
        {action}
      </Link>
    </section>
  );
}
