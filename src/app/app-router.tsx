import { startTransition, useLayoutEffect, useState, type ReactNode } from 'react';
import { Router, UNSAFE_createBrowserHistory, type Location } from 'react-router';
import { isLanguage } from '../domain/instrument/settings';
import { i18n } from '../lib/i18n';
import { languageBasename, localizedPath, pathLanguage } from '../lib/language-path';

const history = UNSAFE_createBrowserHistory({ window, v5Compat: true });

/** The basename comes from the address itself, so the two never disagree for a render. */
function routerState(location: Location) {
  return {
    location,
    action: history.action,
    basename: languageBasename(pathLanguage(location.pathname) ?? 'en'),
  };
}

/** Each navigation has a key of its own; a change after the # alone keeps the key. */
const isSame = (one: Location, other: Location): boolean =>
  one.key === other.key &&
  one.pathname === other.pathname &&
  one.search === other.search &&
  one.hash === other.hash;

/** A changed language moves the address to the same page under the language's prefix. */
function followLanguage(language: string): void {
  const { pathname, search, hash } = window.location;
  if (!isLanguage(language)) return;
  const target = localizedPath(pathname, language);
  if (target !== pathname) history.replace(`${target}${search}${hash}`);
}

/**
 * BrowserRouter with a basename that follows the language prefix (/es/…, /fr/…). Switching the
 * language replaces the address in place: the page stays mounted, focus and form state included.
 */
export function AppRouter({ children }: { children: ReactNode }) {
  const [state, setState] = useState(() => routerState(history.location));
  useLayoutEffect(() => {
    const follow = (location: Location) => {
      startTransition(() =>
        setState((shown) => (isSame(shown.location, location) ? shown : routerState(location))),
      );
    };
    const stopListening = history.listen(({ location }) => follow(location));
    // Taking over a prerendered page is rendered in slices: an address that changed before this
    // listener was there (a link with a code after the # opened meanwhile) would be missed.
    follow(history.location);
    i18n.on('languageChanged', followLanguage);
    return () => {
      stopListening();
      i18n.off('languageChanged', followLanguage);
    };
  }, []);
  return (
    <Router
      basename={state.basename}
      location={state.location}
      navigationType={state.action}
      navigator={history}
    >
      {children}
    </Router>
  );
}
