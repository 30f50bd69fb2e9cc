import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { currentWave } from '../../../domain/review/review-waves';
import type { OwnedReview } from '../../../domain/review/owned-review';
import { formatDateTime } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useAppStore } from '../../../stores/app-store';
import { EmptyState } from '../../../ui/empty-state';
import { PageHeading } from '../../../ui/page-heading';
import { StoredData } from '../../../ui/stored-data';
import { reportForWave } from './report-input';
import { ReportPlanLinks } from './report-plan-links';
import { PageSubject } from '../../../ui/page-subject';
import { ReportView } from './report-view';
import { ShareReport } from './share-report';

/**
 * Every review's report is one page (its id is known only to this browser), so the prerendered
 * page says what a report is, and this review's report is drawn below once saved data is read.
 */
export function ReportPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const review = useAppStore((state) => state.reviews.find((r) => r.id === id));
  useDocumentTitle(review ? t('report.title', { name: review.subjectName }) : t('report.heading'));
  return (
    <>
      <PageHeading>{t('report.heading')}</PageHeading>
      <p className="lead">{t('report.lead')}</p>
      <StoredData>
        {review ? (
          <SavedReport review={review} />
        ) : (
          <EmptyState text={t('review.notFound')} action={t('review.backToList')} to="/reviews" />
        )}
      </StoredData>
    </>
  );
}

function SavedReport({ review }: { review: OwnedReview }) {
  const { t, i18n } = useTranslation();
  const assessments = useAppStore((state) => state.assessments);
  const [chosenWave, setChosenWave] = useState<number | null>(null);
  const wave = chosenWave ?? currentWave(review).number;
  const report = useMemo(
    () => reportForWave(review, wave, assessments),
    [review, wave, assessments],
  );
  const waveInfo = review.waves.find((w) => w.number === wave);

  return (
    <>
      <PageSubject name={review.subjectName}>
        {waveInfo?.frozenAt
          ? t('report.frozenOn', { wave, date: formatDateTime(waveInfo.frozenAt, i18n.language) })
          : t('report.live', { wave })}
      </PageSubject>
      {review.waves.length > 1 ? (
        <label className="field no-print">
          <span>{t('report.wave')}</span>
          <select value={wave} onChange={(event) => setChosenWave(Number(event.target.value))}>
            {review.waves.map((w) => (
              <option key={w.number} value={w.number}>
                {t('report.waveOption', { wave: w.number })}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <ReportView report={report} subjectName={review.subjectName} />
      <div className="button-row no-print">
        {review.ownerRole === 'subject' ? <ReportPlanLinks report={report} /> : null}
        <button type="button" className="button" onClick={() => window.print()}>
          {t('results.print')}
        </button>
        <Link className="button" to={`/reviews/${review.id}`}>
          {t('report.backToReview')}
        </Link>
      </div>
      {review.ownerRole === 'manager' ? (
        <ShareReport review={review} report={report} wave={wave} />
      ) : null}
    </>
  );
}
