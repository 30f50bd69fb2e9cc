// As react.ts, then a date formatted with Intl once taken over, as every page with saved data does.
import { createElement, startTransition } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { Page } from './page';

const root = document.getElementById('root');
if (root) {
  startTransition(() => {
    hydrateRoot(root, createElement(Page, { withDate: true }), {
      onRecoverableError: (error) => {
        console.error('Hydration failed', error);
      },
    });
  });
}
