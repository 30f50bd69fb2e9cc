import { lazy, Suspense } from 'react';
import { useAfterFirstPaint } from '../lib/use-after-first-paint';

const ServiceWorkerPrompt = lazy(() =>
  import('./service-worker-prompt').then((module) => ({ default: module.ServiceWorkerPrompt })),
);

/**
 * The service worker waits until the person accepts the update. Answers are saved as they are
 * given, so reloading into the new version loses nothing.
 */
export function UpdatePrompt({ isPageShown }: { isPageShown: boolean }) {
  return isPageShown ? <AfterPagePaint /> : null;
}

/**
 * The service worker downloads the whole app for offline use as soon as it registers, so it
 * registers only once the page itself (not the loading notice) has been drawn.
 */
function AfterPagePaint() {
  return useAfterFirstPaint() ? (
    <Suspense fallback={null}>
      <ServiceWorkerPrompt />
    </Suspense>
  ) : null;
}
