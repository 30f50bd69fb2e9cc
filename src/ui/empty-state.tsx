import './empty-state.css';
import { Link } from 'react-router';

/** What a page shows before it has anything: what to do, and the button that does it. */
export function EmptyState({ text, action, to }: { text: string; action: string; to: string }) {
  return (
    <div className="card empty-state">
      <p>{text}</p>
      <Link className="button button-primary" to={to}>
        {action}
      </Link>
    </div>
  );
}
