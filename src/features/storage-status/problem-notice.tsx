// Loaded only when something went wrong, so a healthy start does not carry these texts' code.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { downloadText } from '../../lib/download';
import { clearQuarantined, listQuarantined } from '../../storage/quarantine';
import { appStorage } from '../../stores/app-store';
import { useStorageHealthStore, type StorageProblem } from '../../stores/storage-health-store';
import { Notice } from '../../ui/notice';

function downloadDamaged() {
  const entries = listQuarantined(appStorage);
  downloadText('ascent-damaged-data.json', JSON.stringify(entries, null, 2));
}

export function ProblemNotice({ problem }: { problem: StorageProblem }) {
  const { t } = useTranslation();
  const dismiss = useStorageHealthStore((state) => state.dismiss);
  const dismissButton = (
    <button type="button" className="button" onClick={() => dismiss(problem)}>
      {t('storage.dismiss')}
    </button>
  );
  switch (problem) {
    case 'quarantined':
      return (
        <Notice
          tone="warning"
          title={t('storage.quarantinedTitle')}
          actions={
            <>
              <button type="button" className="button" onClick={downloadDamaged}>
                {t('storage.downloadDamaged')}
              </button>
              <button
                type="button"
                className="button"
                onClick={() => {
                  clearQuarantined(appStorage);
                  dismiss(problem);
                }}
              >
                {t('storage.startFresh')}
              </button>
            </>
          }
        >
          {t('storage.quarantinedBody')}
        </Notice>
      );
    case 'newer-version':
      return (
        <Notice tone="warning" title={t('storage.newerTitle')}>
          {t('storage.newerBody')}
        </Notice>
      );
    case 'nearly-full':
      return (
        <Notice
          tone="warning"
          title={t('storage.nearlyFullTitle')}
          actions={
            <>
              <Link className="button" to="/settings">
                {t('storage.nearlyFullBackup')}
              </Link>
              {dismissButton}
            </>
          }
        >
          {t('storage.nearlyFullBody')}
        </Notice>
      );
    case 'full':
      return (
        <Notice tone="error" title={t('storage.fullTitle')} actions={dismissButton}>
          {t('storage.fullBody')}
        </Notice>
      );
    case 'unavailable':
      return (
        <Notice tone="warning" actions={dismissButton}>
          {t('storage.unavailableBody')}
        </Notice>
      );
  }
}
