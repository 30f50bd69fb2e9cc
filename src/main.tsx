import './app/early-downloads';
import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/app';
import { appPath } from './lib/language-path';
import { prerenderedPathFor } from './lib/prerendered-path';
import { prepareApp } from './app/start';
import './app/styles.css';

const container = document.getElementById('root');
if (container) {
  void prepareApp().then((language) => {
    const app = (
      <StrictMode>
        <App />
      </StrictMode>
    );
    // The build wrote this page's HTML in this language: take it over instead of drawing again.
    // Any other HTML (the fallback page for an unknown address, say) is replaced.
    // The build marks its HTML with the page and language it drew (scripts/prerender/template.ts).
    const page = prerenderedPathFor(appPath(window.location.pathname));
    if (container.dataset['prerendered'] === `${language}:${page}`) {
      // The page is already readable: taking it over as a transition lets React yield to the
      // browser every few milliseconds instead of holding the main thread for the whole tree.
      startTransition(() => {
        hydrateRoot(container, app, {
          // A mismatch means the prerendered HTML drifted from the first render: say so plainly.
          onRecoverableError: (error) => {
            console.error('Hydration failed', error);
          },
        });
      });
    } else {
      container.replaceChildren();
      createRoot(container).render(app);
    }
  });
}
