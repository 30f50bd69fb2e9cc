import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatDateTime } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useAppStore } from '../../../stores/app-store';
import { PageHeading } from '../../../ui/page-heading';
import { ReportPlanLinks } from '../report/report-plan-links';
import { PageSubject } from '../../../ui/page-subject';
import { ReportView } from '../report/report-view';

/** A report a manager shared: group figures only, read-only. */
export function SharedReportPage() {
  const { t, i18n } = useTranslation();
  const { reviewId, wave } = useParams();
  const shared = useAppStore((state) =>
    state.sharedReports.find((r) => r.reviewId === reviewId && String(r.wave) === wave),
  );
  useDocumentTitle(shared ? t('report.title', { name: shared.subjectName }) : t('review.notFound'));
  if (!shared) {
    return (
      <>
        <PageHeading>{t('review.notFound')}</PageHeading>
        <Link to="/reviews">{t('review.backToList')}</Link>
      </>
    );
  }
  return (
    <>
      <PageHeading>{t('report.heading')}</PageHeading>
      <PageSubject name={shared.subjectName}>
        {t('sharedReport.sharedOn', {
          wave: shared.wave,
          date: formatDateTime(shared.sharedAt, i18n.language),
        })}
      </PageSubject>
      <ReportView report={shared.report} subjectName={shared.subjectName} />
      <div className="button-row no-print">
        <ReportPlanLinks report={shared.report} />
        <button type="button" className="button" onClick={() => window.print()}>
          {t('results.print')}
        </button>
      </div>
    </>
  );
}
