import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { itemBank } from '../../content/item-bank';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useAppStore } from '../../stores/app-store';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { PageHeading } from '../../ui/page-heading';
import { StoredData } from '../../ui/stored-data';

export function AssessmentIntroPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('assessment.introTitle'));
  const navigate = useNavigate();
  const draft = useAppStore((state) => state.draft);
  const startDraft = useAppStore((state) => state.startDraft);
  const discardDraft = useAppStore((state) => state.discardDraft);
  const [isConfirmingRestart, setConfirmingRestart] = useState(false);
  const answered = draft ? Object.keys(draft.answers).length : 0;

  const start = () => {
    startDraft(itemBank.version);
    void navigate('/assessment/executive-presence');
  };

  return (
    <>
      <PageHeading>{t('assessment.introTitle')}</PageHeading>
      <p>{t('assessment.introTime', { count: itemBank.items.length })}</p>
      <p>{t('assessment.introHow')}</p>
      <p>{t('assessment.introStorage')}</p>
      <StoredData
        placeholder={
          <div className="button-row is-pending" aria-hidden="true">
            <span className="button button-primary">{t('assessment.start')}</span>
          </div>
        }
      >
        <div className="button-row">
          {draft ? (
            <>
              <button
                type="button"
                className="button button-primary"
                onClick={() => void navigate(`/assessment/${draft.currentSkill}`)}
              >
                {t('assessment.resume')}
              </button>
              <button type="button" className="button" onClick={() => setConfirmingRestart(true)}>
                {t('assessment.restart')}
              </button>
            </>
          ) : (
            <button type="button" className="button button-primary" onClick={start}>
              {t('assessment.start')}
            </button>
          )}
        </div>
      </StoredData>
      <ConfirmDialog
        isOpen={isConfirmingRestart}
        title={t('assessment.restart')}
        confirmLabel={t('assessment.restart')}
        cancelLabel={t('history.cancel')}
        onCancel={() => setConfirmingRestart(false)}
        onConfirm={() => {
          setConfirmingRestart(false);
          discardDraft();
          start();
        }}
      >
        <p>{t('assessment.restartConfirm', { answered })}</p>
      </ConfirmDialog>
    </>
  );
}
