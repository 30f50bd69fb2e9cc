import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ReassessmentSuggestion } from '../../domain/plan/plan-calendar';
import { summarizeProgress } from '../../domain/plan/plan-progress';
import { formatDay } from '../../lib/format';
import { useAppStore } from '../../stores/app-store';
import { Notice } from '../../ui/notice';

const progressRows = ['goals', 'actions'] as const;

/** Goals and actions at a glance, what is overdue, and when to take the assessment again. */
export function ProgressSection(props: {
  today: string;
  reassessment: ReassessmentSuggestion | null;
}) {
  const { today, reassessment } = props;
  const { t, i18n } = useTranslation();
  const plan = useAppStore((state) => state.plan);
  const progress = summarizeProgress(plan, today);
  const date = (iso: string) => formatDay(iso, i18n.language);
  const overdue = progress.overdueGoals.length + progress.overdueActions.length;

  return (
    <section aria-labelledby="progress-title">
      <h2 id="progress-title">{t('plan.progressTitle')}</h2>
      <table className="data-table plan-progress-table">
        <caption>{t('plan.progressCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('plan.progressWhat')}</th>
            <th scope="col">{t('plan.statuses.not-started')}</th>
            <th scope="col">{t('plan.statuses.in-progress')}</th>
            <th scope="col">{t('plan.statuses.done')}</th>
            <th scope="col">{t('plan.progressTotal')}</th>
          </tr>
        </thead>
        <tbody>
          {progressRows.map((kind) => (
            <tr key={kind}>
              <th scope="row">{t(`plan.progressRow.${kind}`)}</th>
              <td>{progress[kind]['not-started']}</td>
              <td>{progress[kind]['in-progress']}</td>
              <td>{progress[kind].done}</td>
              <td>{progress[kind].total}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {overdue > 0 ? (
        <Notice tone="warning">{t('plan.overdueCount', { count: overdue })}</Notice>
      ) : null}
      {progress.nextDue ? <p>{t('plan.nextDue', { date: date(progress.nextDue.date) })}</p> : null}
      {/* Without an assessment the page already offers one at the top: it is said once. */}
      {reassessment ? (
        <Notice tone={reassessment.isDue ? 'warning' : 'info'}>
          {reassessment.isDue
            ? t('plan.reassessDue', { date: date(reassessment.date) })
            : t('plan.reassessOn', { date: date(reassessment.date) })}{' '}
          <Link to="/assessment">{t('results.takeAssessment')}</Link>
        </Notice>
      ) : null}
    </section>
  );
}
