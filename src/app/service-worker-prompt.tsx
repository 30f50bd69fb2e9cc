import { useRegisterSW } from 'virtual:pwa-register/react';
import { useTranslation } from 'react-i18next';
import { useTextsKeptOffline } from '../lib/offline-texts';
import { Notice } from '../ui/notice';

/**
 * Registers the service worker, keeps the current language's texts for offline use and offers
 * updates; loaded only once the page is drawn.
 */
export function ServiceWorkerPrompt() {
  const { t } = useTranslation();
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW();
  useTextsKeptOffline();
  if (!needRefresh) return null;
  return (
    <Notice
      tone="info"
      actions={
        <>
          <button
            type="button"
            className="button button-primary"
            onClick={() => void updateServiceWorker(true)}
          >
            {t('update.reload')}
          </button>
          <button type="button" className="button" onClick={() => setNeedRefresh(false)}>
            {t('update.later')}
          </button>
        </>
      }
    >
      {t('update.available')}
    </Notice>
  );
}
