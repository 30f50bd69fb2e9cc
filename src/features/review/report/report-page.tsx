import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { currentWave } from '../../../domain/review/review-waves';
import { formatDateTime } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useAppStore } from '../../../stores/app-store';
import { PageHeading } from '../../../ui/page-heading';
import { reportForWave } from './report-input';
import { ReportPlanLinks } from './report-plan-links';
import { ReportView } from './report-view';
import { ShareReport } from './share-report';

export function ReportPage() {
  const { t, i18n } = useTranslation();
  const { id } = useParams();
  const review = useAppStore((state) => state.reviews.find((r) => r.id === id));
  const assessments = useAppStore((state) => state.assessments);
  const latest = review ? currentWave(review).number : 1;
  const [chosenWave, setChosenWave] = useState<number | null>(null);
  const wave = chosenWave ?? latest;
  const report = useMemo(
    () => (review ? reportForWave(review, wave, assessments) : null),
    [review, wave, assessments],
  );
  useDocumentTitle(review ? t('report.title', { name: review.subjectName }) : t('review.notFound'));

  if (!review || !report) {
    return (
      <>
        <PageHeading>{t('review.notFound')}</PageHeading>
        <Link to="/reviews">{t('review.backToList')}</Link>
      </>
    );
  }
  const waveInfo = review.waves.find((w) => w.number === wave);

  return (
    <>
      <PageHeading>{t('report.title', { name: review.subjectName })}</PageHeading>
      <p className="hint">
        {waveInfo?.frozenAt
          ? t('report.frozenOn', { wave, date: formatDateTime(waveInfo.frozenAt, i18n.language) })
          : t('report.live', { wave })}
      </p>
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
