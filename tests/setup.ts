import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

// Sealing and opening links runs real Web Crypto and compression; on a busy two-core machine that
// can take longer than testing-library's default second of waiting.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
});

// Files share a worker's jsdom (vite.config.ts), but each gets its own modules, so its own
// store and i18n set-up, and starts with empty storage.
vi.resetModules();
if (typeof window !== 'undefined') {
  localStorage.clear();
  sessionStorage.clear();
}

// jsdom has <dialog> but not its modal methods; these stand in for the browser's behavior.
if (typeof HTMLDialogElement !== 'undefined' && !('showModal' in HTMLDialogElement.prototype)) {
  Object.assign(HTMLDialogElement.prototype, {
    showModal(this: HTMLDialogElement) {
      this.setAttribute('open', '');
    },
    close(this: HTMLDialogElement) {
      if (!this.hasAttribute('open')) return;
      this.removeAttribute('open');
      this.dispatchEvent(new Event('close'));
    },
  });
}

// jsdom has no canvas, so chart.js can only log that it failed. Charts are drawn and checked in
// the browser tests; here every chart has its table, which the component tests read.
vi.mock('../src/lib/chart', () => ({ drawChart: () => () => undefined }));
