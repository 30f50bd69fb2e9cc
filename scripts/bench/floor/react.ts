// React and ReactDOM evaluated, and the prerendered page taken over as the app does it.
import { createElement, startTransition } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { Page } from './page';

const root = document.getElementById('root');
if (root) {
  startTransition(() => {
    hydrateRoot(root, createElement(Page, { withDate: false }), {
      onRecoverableError: (error) => {
        console.error('Hydration failed', error);
      },
    });
  });
}
