// React and ReactDOM evaluated, and the prerendered page taken over as the app does it; with
// `?start=react-intl`, a date is then formatted with Intl, as every page with saved data does.
import { createElement, startTransition } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { Page } from './page';

const withDate = new URLSearchParams(location.search).get('start') === 'react-intl';
const root = document.getElementById('root');
if (root) {
  startTransition(() => {
    hydrateRoot(root, createElement(Page, { withDate }), {
      onRecoverableError: (error) => {
        console.error('Hydration failed', error);
      },
    });
  });
}
