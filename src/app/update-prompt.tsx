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
    const register = () => {
      if (navigator.onLine) setOnline(true);
    };
    import('./service-worker-prompt').then(register, () => undefined);
    window.addEventListener('online', register);
    return () => window.removeEventListener('online', register);
  }, [isPainted]);
  return isOnline ? (
    <Suspense fallback={null}>
      <ServiceWorkerPrompt />
    </Suspense>
  ) : null;
}
