import { startTransition, useEffect, useState, useSyncExternalStore } from 'react';

const neverChanges = () => () => undefined;

/**
 * False in the prerendered HTML and in the render that takes it over, true from the render after.
 * Saved data (answers, goals, reviews) is read in the browser only, so any part that shows it
 * draws a same-size placeholder until this is true: the first client render then matches the
 * prerendered HTML and nothing jumps. A control that only the app can act on stays disabled
 * until then, rather than swallowing a choice made before the app has started. The switch is a transition, so React draws a long history
 * in slices and the browser stays responsive. A part the browser mounts itself is true at once.
 */
export function useHydrated(): boolean {
  // The server snapshot is what the build renders and what hydration reads, part by part.
  const isTakingOver = useSyncExternalStore(
    neverChanges,
    () => false,
    () => true,
  );
  const [isShown, setShown] = useState(!isTakingOver);
  useEffect(() => {
    if (!isShown) startTransition(() => setShown(true));
  }, [isShown]);
  return isShown;
}
