import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router';
import { LanguagePicker } from '../features/settings/language-picker';
import { useHydrated } from '../lib/use-hydrated';

const navItems = [
  { to: '/', key: 'nav.home', end: true },
  { to: '/assessment', key: 'nav.assessment', end: false },
  { to: '/results', key: 'nav.results', end: false },
  { to: '/history', key: 'nav.history', end: false },
  { to: '/reviews', key: 'nav.reviews', end: false },
  { to: '/plan', key: 'nav.plan', end: false },
  { to: '/settings', key: 'nav.settings', end: false },
] as const;

/**
 * Brand, navigation and language. On narrow screens the navigation and language fold behind a
 * menu button (CSS decides when); the menu remembers the page it was opened on, so following a
 * link closes it without an effect.
 */
export function SiteHeader() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const [openOn, setOpenOn] = useState<string | null>(null);
  const isOpen = openOn === pathname;
  const button = useRef<HTMLButtonElement>(null);
  // Until the app has taken a prerendered page over, a press would do nothing: say so.
  const isReady = useHydrated();
  useEffect(() => {
    if (!isOpen) return;
    // Escape anywhere closes the open menu and returns focus to its button.
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpenOn(null);
      button.current?.focus();
    };
    document.addEventListener('keydown', closeOnEscape);
    return () => document.removeEventListener('keydown', closeOnEscape);
  }, [isOpen]);
  return (
    <header className="site-header no-print">
      <div className="header-inner">
        <NavLink to="/" className="brand">
          {t('app.name')}
        </NavLink>
        <button
          ref={button}
          type="button"
          className="menu-button"
          aria-expanded={isOpen}
          disabled={!isReady}
          aria-controls="site-menu"
          onClick={() => setOpenOn(isOpen ? null : pathname)}
        >
          <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20">
            <path d={isOpen ? 'M6 6l12 12M18 6L6 18' : 'M4 7h16M4 12h16M4 17h16'} />
          </svg>
          {t('app.menu')}
        </button>
        <div id="site-menu" className={isOpen ? 'site-menu is-open' : 'site-menu'}>
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
      </div>
    </header>
  );
}
