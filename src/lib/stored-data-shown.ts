import { startTransition, useEffect, useState } from 'react';

// True while the build renders a page to HTML and while the browser takes that HTML over.
let isTakingOver = false;

/** Before the build renders a page, or the browser hydrates one: saved data waits. */
export function holdStoredData(): void {
  isTakingOver = true;
}

/** Once the prerendered HTML is taken over: what mounts from now on shows saved data at once. */
export function releaseStoredData(): void {
  isTakingOver = false;
}

/**
 * False in the prerendered HTML and in the render that takes it over, true from the render after.
 * Saved data (answers, goals, reviews) is read in the browser only, so any part that shows it
 * draws a same-size placeholder until this is true: the first client render then matches the
 * prerendered HTML and nothing jumps. The switch is a transition, so React draws a long history
 * in slices and the browser stays responsive. A client-only start is true at once.
 */
export function useStoredDataShown(): boolean {
  const [isShown, setShown] = useState(() => !isTakingOver);
  useEffect(() => {
    if (!isShown) startTransition(() => setShown(true));
  }, [isShown]);
  return isShown;
}
