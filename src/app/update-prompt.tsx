import { lazy, Suspense, useEffect, useState } from 'react';
import { useAfterFirstPaint } from '../lib/use-after-first-paint';

// Registration code and its notice stay out of the start-up bundle: no page needs them to draw.
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
 * registers only once the page itself (not the loading notice) has been drawn. Registering
 * offline makes the browser fetch the worker's script, fail and log an error (a rater who loses
 * the network just after opening an invitation), so it waits until the registration code is
 * here and the browser is online.
 */
function AfterPagePaint() {
  const isPainted = useAfterFirstPaint();
  const [isOnline, setOnline] = useState(false);
  useEffect(() => {
    if (!isPainted) return;
    let isLoading = false;
    // The prompt's registration loads workbox-window in turn: once both are here, the online
    // check comes right before the browser fetches the worker's script. A download the network
    // cut short is tried again when it comes back.
    const register = () => {
      if (isLoading || !navigator.onLine) return;
      isLoading = true;
      Promise.all([import('./service-worker-prompt'), import('workbox-window')]).then(
        () => {
          isLoading = false;
          if (navigator.onLine) setOnline(true);
        },
        () => {
          isLoading = false;
        },
      );
    };
    register();
    window.addEventListener('online', register);
    return () => window.removeEventListener('online', register);
  }, [isPainted]);
  return isOnline ? (
    <Suspense fallback={null}>
      <ServiceWorkerPrompt />
    </Suspense>
  ) : null;
}
