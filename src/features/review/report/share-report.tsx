import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OwnedReview } from '../../../domain/review/owned-review';
import type { ReviewReport } from '../../../domain/review/review-report';
import { currentWave } from '../../../domain/review/review-waves';
import { createSharedReport } from '../../../domain/review/shared-report';
import { downloadText } from '../../../lib/download';
import { useAppStore } from '../../../stores/app-store';
import { Notice } from '../../../ui/notice';

interface ShareReportProps {
  review: OwnedReview;
  report: ReviewReport;
  wave: number;
}

/**
 * A manager hands the report to the person reviewed as a file of group figures only. Sharing
 * freezes the wave, so the copy the person holds and the owner's report never differ.
 */
export function ShareReport({ review, report, wave }: ShareReportProps) {
  const { t } = useTranslation();
  const freezeReview = useAppStore((state) => state.freezeReview);
  const [status, setStatus] = useState<'idle' | 'shared' | 'failed'>('idle');
  const share = () => {
    let text: string;
    try {
      // Validated on the way out too, so nothing but group figures can reach the file.
      const shared = createSharedReport({
        reviewId: review.id,
        subjectName: review.subjectName,
        wave,
        report,
        now: new Date(),
      });
      text = JSON.stringify(shared, null, 2);
    } catch {
      setStatus('failed');
      return;
    }
    if (currentWave(review).number === wave) freezeReview(review.id);
    downloadText(`ascent-report-wave-${String(wave)}.json`, text);
    setStatus('shared');
  };
  return (
    <section aria-labelledby="share-title" className="no-print">
      <h2 id="share-title">{t('report.shareTitle', { name: review.subjectName })}</h2>
      <p>{t('report.shareBody', { name: review.subjectName })}</p>
      <button type="button" className="button" onClick={share}>
        {t('report.shareButton', { name: review.subjectName })}
      </button>
      {status === 'shared' ? <Notice tone="success">{t('report.shared')}</Notice> : null}
      {status === 'failed' ? <Notice tone="error">{t('report.shareFailed')}</Notice> : null}
    </section>
  );
}
