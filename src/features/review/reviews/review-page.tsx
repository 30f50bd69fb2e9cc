import '../../../ui/facts.css';
import './review-page.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { currentWave } from '../../../domain/review/review-waves';
import { formatDay, formatDateTime } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useAppStore } from '../../../stores/app-store';
import { ConfirmDialog } from '../../../ui/confirm-dialog';
import { Notice } from '../../../ui/notice';
import { PageHeading } from '../../../ui/page-heading';
import { CollectPanel } from '../collect/collect-panel';
import { NamedResponses } from './named-responses';
import { InvitationCard } from './invitation-card';
import { useInvitationLinks } from './invitation-links';
import { hasNamedRaterAnswered, receivedByCategory } from './review-status';
import { SelfViewPicker } from '../report/self-view-picker';

export function ReviewPage() {
  const { t, i18n } = useTranslation();
  const { id } = useParams();
  const navigate = useNavigate();
  const review = useAppStore((state) => state.reviews.find((r) => r.id === id));
  const freezeReview = useAppStore((state) => state.freezeReview);
  const deleteReview = useAppStore((state) => state.deleteReview);
  const links = useInvitationLinks(review);
  const [dialog, setDialog] = useState<'freeze' | 'delete' | null>(null);
  useDocumentTitle(review ? t('review.title', { name: review.subjectName }) : t('review.notFound'));

  if (!review) {
    return (
      <>
        <PageHeading>{t('review.notFound')}</PageHeading>
        <Link to="/reviews">{t('review.backToList')}</Link>
      </>
    );
  }

  const wave = currentWave(review);
  const received = receivedByCategory(review);
  const language = i18n.language;

  return (
    <>
      <PageHeading>{t('review.title', { name: review.subjectName })}</PageHeading>
      <dl className="facts">
        <dt>{t('review.ownerRole')}</dt>
        <dd>
          {review.ownerRole === 'subject' ? t('review.ownerSubject') : t('review.ownerManager')}
        </dd>
        <dt>{t('review.dueDate')}</dt>
        <dd>{formatDay(review.dueDate, language)}</dd>
        <dt>{t('review.threshold')}</dt>
        <dd>{review.threshold}</dd>
        <dt>{t('review.status')}</dt>
        <dd>
          {wave.frozenAt
            ? t('review.frozen', {
                wave: wave.number,
                date: formatDateTime(wave.frozenAt, language),
              })
            : t('review.open', { wave: wave.number })}
        </dd>
      </dl>
      <div className="button-row">
        <Link className="button button-primary" to={`/reviews/${review.id}/report`}>
          {t('review.viewReport')}
        </Link>
        {wave.frozenAt ? null : (
          <button type="button" className="button" onClick={() => setDialog('freeze')}>
            {t('review.close')}
          </button>
        )}
      </div>
      {review.ownerRole === 'subject' ? <SelfViewPicker review={review} /> : null}
      <section aria-labelledby="invite-title">
        <h2 id="invite-title">{t('invite.title')}</h2>
        <p className="hint">{t('invite.privacy', { threshold: review.threshold })}</p>
        {links === null ? <p className="hint">{t('app.loading')}</p> : null}
        {links === 'failed' ? <Notice tone="error">{t('invite.failed')}</Notice> : null}
        {links === null || links === 'failed' ? null : (
          <div className="invitation-grid">
            {links.map((link) => (
              <InvitationCard
                key={link.key}
                review={review}
                link={link}
                received={
                  link.raterName
                    ? hasNamedRaterAnswered(review, link.key.split(':')[1] ?? '')
                      ? 1
                      : 0
                    : received[link.category]
                }
              />
            ))}
          </div>
        )}
      </section>
      <NamedResponses review={review} />
      <CollectPanel />
      <section aria-labelledby="danger-title">
        <h2 id="danger-title">{t('review.deleteTitle')}</h2>
        <button type="button" className="button button-danger" onClick={() => setDialog('delete')}>
          {t('review.delete')}
        </button>
      </section>
      <ConfirmDialog
        isOpen={dialog === 'freeze'}
        title={t('review.closeTitle')}
        confirmLabel={t('review.close')}
        cancelLabel={t('settings.cancel')}
        onCancel={() => setDialog(null)}
        onConfirm={() => {
          freezeReview(review.id);
          setDialog(null);
        }}
      >
        <p>{t('review.closeBody')}</p>
      </ConfirmDialog>
      <ConfirmDialog
        isOpen={dialog === 'delete'}
        title={t('review.deleteTitle')}
        confirmLabel={t('review.delete')}
        cancelLabel={t('settings.cancel')}
        onCancel={() => setDialog(null)}
        onConfirm={() => {
          deleteReview(review.id);
          void navigate('/reviews');
        }}
      >
        <Notice tone="warning">{t('review.deleteBody')}</Notice>
      </ConfirmDialog>
    </>
  );
}
