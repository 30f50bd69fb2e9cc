import { useSyncExternalStore } from 'react';

const neverChanges = () => () => undefined;

/**
 * False while the server renders a page and while the browser hydrates that HTML, true from the
 * first render after. Saved data (answers, goals, reviews) is read in the browser only, so any
 * part that shows it draws a same-size placeholder until this is true: the first client render
 * then matches the prerendered HTML and nothing jumps. A client-only start is true at once.
 */
export function useStoredDataShown(): boolean {
  return useSyncExternalStore(
    neverChanges,
    () => true,
    () => false,
  );
}
