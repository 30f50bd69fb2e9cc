import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { Notice } from '../../../ui/notice';
import { PageHeading } from '../../../ui/page-heading';
import { collectMessage, collectTone } from './collect-messages';
import { CollectPanel } from './collect-panel';
import { collectResponse, type CollectOutcome } from './collect-response';

/** Where a response link lands in the owner's browser: it is opened and stored at once. */
export function CollectPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('collect.title'));
  const { hash } = useLocation();
  const navigate = useNavigate();
  const [outcome, setOutcome] = useState<CollectOutcome | null>(null);

  useEffect(() => {
    if (!hash) return;
    let isCurrent = true;
    void collectResponse(hash).then((result) => {
      if (!isCurrent) return;
      setOutcome(result);
      // The code has done its job; dropping it keeps it out of history and bookmarks.
      void navigate('/collect', { replace: true });
    });
    return () => {
      isCurrent = false;
    };
  }, [hash, navigate]);

  return (
    <>
      <PageHeading id="collect-page-title">{t('collect.title')}</PageHeading>
      {outcome ? (
        <Notice tone={collectTone(outcome)}>
          {collectMessage(outcome, t)}{' '}
          {outcome.kind === 'added' || outcome.kind === 'duplicate' || outcome.kind === 'full' ? (
            <Link to={`/reviews/${outcome.reviewId}`}>{t('collect.openReview')}</Link>
          ) : null}
        </Notice>
      ) : null}
      <CollectPanel titledBy="collect-page-title" />
    </>
  );
}
