import { Suspense, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { StorageBanner } from '../features/storage-status/storage-banner';
import { ErrorBoundary } from './error-boundary';
import { SiteHeader } from './site-header';
import { UpdatePrompt } from './update-prompt';

/** Rendered after the page inside the same boundary: mounts once the page has arrived. */
function PageShown({ onShown }: { onShown: (isShown: true) => void }) {
  useEffect(() => {
    onShown(true);
  }, [onShown]);
  return null;
}

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const [isPageShown, setPageShown] = useState(false);
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <SiteHeader />
      <main id="main" className="main">
        <div className="no-print">
          <StorageBanner />
          <UpdatePrompt isPageShown={isPageShown} />
        </div>
        <ErrorBoundary resetKey={pathname}>
          <Suspense fallback={<p className="hint page-loading">{t('app.loading')}</p>}>
            {children}
            <PageShown onShown={setPageShown} />
          </Suspense>
        </ErrorBoundary>
      </main>
      <footer className="site-footer no-print">
        <p>{t('app.tagline')}</p>
      </footer>
    </>
  );
}
