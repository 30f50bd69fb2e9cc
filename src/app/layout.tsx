import { Suspense, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router';
import { LanguagePicker } from '../features/settings/language-picker';
import { StorageBanner } from '../features/storage-status/storage-banner';
import { ErrorBoundary } from './error-boundary';
import { UpdatePrompt } from './update-prompt';

const navItems = [
  { to: '/', key: 'nav.home', end: true },
  { to: '/assessment', key: 'nav.assessment', end: false },
  { to: '/results', key: 'nav.results', end: false },
  { to: '/history', key: 'nav.history', end: false },
  { to: '/reviews', key: 'nav.reviews', end: false },
  { to: '/reviews/team', key: 'nav.team', end: false },
  { to: '/plan', key: 'nav.plan', end: false },
  { to: '/settings', key: 'nav.settings', end: false },
] as const;

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
      <header className="site-header no-print">
        <div className="header-inner">
          <NavLink to="/" className="brand">
            {t('app.name')}
          </NavLink>
          <nav aria-label={t('app.primaryNav')}>
            <ul className="nav-list">
              {navItems.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} end={item.end}>
                    {t(item.key)}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <LanguagePicker />
        </div>
      </header>
      <main id="main" className="main">
        <div className="no-print">
          <StorageBanner />
          <UpdatePrompt isPageShown={isPageShown} />
        </div>
        <ErrorBoundary resetKey={pathname}>
          <Suspense fallback={<p className="hint">{t('app.loading')}</p>}>
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
