import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../lib/format';
import { useAppStore } from '../../../stores/app-store';
import { SharedReportImport } from './shared-report-import';

/** Reports shared with this browser's user, and the way to import another. */
export function SharedReportsList() {
  const { t, i18n } = useTranslation();
  const shared = useAppStore((state) => state.sharedReports);
  return (
    <>
      {shared.length > 0 ? (
        <section aria-labelledby="shared-title">
          <h2 id="shared-title">{t('sharedReport.listTitle')}</h2>
          <ul>
            {shared.map((report) => (
              <li key={`${report.reviewId}:${String(report.wave)}`}>
                <Link to={`/reviews/shared/${report.reviewId}/${String(report.wave)}`}>
                  {t('sharedReport.listItem', {
                    name: report.subjectName,
                    wave: report.wave,
                    date: formatDate(report.sharedAt, i18n.language),
                  })}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <SharedReportImport hasNone={shared.length === 0} />
    </>
  );
}
