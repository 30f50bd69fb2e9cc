import { render, type RenderResult } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import i18next from 'i18next';
import type { ReactElement } from 'react';
import { initReactI18next } from 'react-i18next';
import { MemoryRouter, Route, Routes, parsePath, useLocation } from 'react-router';
import pages from '../../src/locales/en/pages.json';
import shell from '../../src/locales/en/shell.json';
import { emptyPersistedState } from '../../src/stores/persisted-state';
import { useAppStore } from '../../src/stores/app-store';
import { useStorageHealthStore } from '../../src/stores/storage-health-store';

await i18next.use(initReactI18next).init({
  lng: 'en',
  resources: { en: { translation: { ...shell, ...pages } } },
  interpolation: { escapeValue: false },
  react: { useSuspense: false },
});

/** Fresh stores, storage and language for every test, so no test sees another's. */
export function resetStores(): void {
  localStorage.clear();
  // English's texts are all loaded, so this switches at once: no test waits on it.
  void i18next.changeLanguage('en');
  useAppStore.setState(emptyPersistedState);
  useStorageHealthStore.setState({ problems: [] });
}

interface Options {
  /** The address the page opens at. */
  route?: string;
  /** The route pattern the element is mounted on, so useParams works. */
  path?: string;
  /** Router state the page opens with, as another page passes it along with navigate(). */
  state?: unknown;
}

/** Stands in for pages the element navigates to, announcing where it landed. */
function Elsewhere() {
  const { pathname } = useLocation();
  return <p role="status">{`navigated to ${pathname}`}</p>;
}

export function renderWithProviders(
  element: ReactElement,
  { route = '/', path, state }: Options = {},
): RenderResult & { user: UserEvent } {
  const user = userEvent.setup();
  const result = render(
    <MemoryRouter initialEntries={[state === undefined ? route : { ...parsePath(route), state }]}>
      <Routes>
        <Route path={path ?? route.split('#')[0]} element={element} />
        <Route path="*" element={<Elsewhere />} />
      </Routes>
    </MemoryRouter>,
  );
  return { ...result, user };
}
