import { useTranslation } from 'react-i18next';
import type { ReviewReport } from '../../../domain/review/review-report';
import { Notice } from '../../../ui/notice';

/** Who answered, and which groups the report shows, pools or withholds — with the reason. */
export function ReportGroups({ report }: { report: ReviewReport }) {
  const { t } = useTranslation();
  const { pool } = report;
  return (
    <section aria-labelledby="groups-title">
      <h2 id="groups-title">{t('report.groupsTitle')}</h2>
      <table className="data-table">
        <caption>{t('report.groupsCaption', { threshold: report.threshold })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('report.colGroup')}</th>
            <th scope="col">{t('report.colResponded')}</th>
            <th scope="col">{t('report.colShown')}</th>
          </tr>
        </thead>
        <tbody>
          {report.counts.map(({ category, responded, visibility }) => (
            <tr key={category}>
              <th scope="row">{t(`categories.${category}`)}</th>
              <td>{responded}</td>
              <td>{t(`report.visibility.${visibility.status}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {pool.status === 'shown' ? (
        <Notice tone="info">
          {t('report.poolShown', {
            groups: pool.categories.map((c) => t(`categories.${c}`)).join(', '),
            count: pool.responded,
          })}
        </Notice>
      ) : null}
      {pool.status === 'withheld' ? (
        <Notice tone="warning">
          {t('report.poolWithheld', {
            groups: pool.categories.map((c) => t(`categories.${c}`)).join(', '),
            count: pool.responded,
            threshold: pool.threshold,
          })}
        </Notice>
      ) : null}
    </section>
  );
}
