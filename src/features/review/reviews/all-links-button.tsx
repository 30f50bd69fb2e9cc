import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OwnedReview } from '../../../domain/review/owned-review';
import { toTsv } from '../../../domain/files/tsv';
import { buildInvitationLinks } from './invitation-links';

/**
 * Copies every invitation of every review as a table (tab-separated) to paste into a sheet or
 * mail. Names come from whoever set up the review: each cell is neutralized so none runs as a
 * formula or breaks the table.
 */
export function AllLinksButton({ reviews }: { reviews: OwnedReview[] }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copyAll = async () => {
    const rows = [
      [
        t('reviews.colSubject'),
        t('reviews.colCategory'),
        t('reviews.colRater'),
        t('reviews.colLink'),
      ],
    ];
    try {
      // A review restored from a damaged backup may hold a key no link can carry.
      for (const review of reviews) {
        for (const link of await buildInvitationLinks(review)) {
          rows.push([
            review.subjectName,
            t(`categories.${link.category}`),
            link.raterName ?? '',
            link.url,
          ]);
        }
      }
      await navigator.clipboard.writeText(toTsv(rows));
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  };
  return (
    <>
      <button type="button" className="button" onClick={() => void copyAll()}>
        {t('reviews.copyAll')}
      </button>
      <span role="status" className="hint">
        {status === 'copied' ? t('share.copied') : status === 'failed' ? t('share.copyFailed') : ''}
      </span>
    </>
  );
}
