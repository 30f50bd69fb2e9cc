import './report-comments.css';
import { useTranslation } from 'react-i18next';
import type { ReviewReport } from '../../../domain/review/review-report';

function CommentList({ title, comments }: { title: string; comments: readonly string[] }) {
  if (comments.length === 0) return null;
  return (
    <>
      <h3>{title}</h3>
      <ul className="comments">
        {comments.map((comment, index) => (
          <li key={`${String(index)}-${comment}`}>{comment}</li>
        ))}
      </ul>
    </>
  );
}

/** Comments are plain text (never markup), unlabelled and shuffled; the manager's are attributed. */
export function ReportComments({ report }: { report: ReviewReport }) {
  const { t } = useTranslation();
  const { comments, managerComments } = report;
  return (
    <section aria-labelledby="comments-title">
      <h2 id="comments-title">{t('report.commentsTitle')}</h2>
      {comments.status === 'withheld' ? (
        <p>{t('report.commentsWithheld', { threshold: report.threshold })}</p>
      ) : (
        <>
          <CommentList title={t('report.strengths')} comments={comments.strengths} />
          <CommentList title={t('report.developments')} comments={comments.developments} />
        </>
      )}
      <CommentList title={t('report.managerStrengths')} comments={managerComments.strengths} />
      <CommentList
        title={t('report.managerDevelopments')}
        comments={managerComments.developments}
      />
    </section>
  );
}
