import { appPath } from '../lib/language-path';

/**
 * Every lazily loaded page's module, by the first segment of its path. The router loads them on
 * first visit; the start-up code asks for the current one at once, so on a deep link (a rater's
 * invitation, say) the page's code downloads alongside the language instead of after it.
 */
export const pageModules = {
  assessment: () => import('../features/assessment/assessment-routes'),
  results: () => import('../features/results/results-page'),
  history: () => import('../features/history/history-page'),
  reviews: () => import('../features/review/review-routes'),
  collect: () => import('../features/review/collect/collect-page'),
  respond: () => import('../features/respond/respond-page'),
  plan: () => import('../features/plan/plan-routes'),
  settings: () => import('../features/settings/settings-page'),
};

type PageName = keyof typeof pageModules;

function isPageName(segment: string): segment is PageName {
  return Object.hasOwn(pageModules, segment);
}

/** The page module a path opens, or undefined for the home page (already in the first bundle). */
export function pageModuleFor(pathname: string): (() => Promise<unknown>) | undefined {
  const segment = appPath(pathname).split('/')[1] ?? '';
  return isPageName(segment) ? pageModules[segment] : undefined;
}

/** Page modules already downloaded, by their loader. */
const loadedModules = new WeakMap<() => Promise<unknown>, unknown>();

/**
 * Downloads the page a path opens, so the first render can show it at once. Without this the
 * page suspends for a moment, React shows the loading notice, and then holds the notice for at
 * least 300 ms (its guard against flicker) before revealing the page.
 */
export async function preloadPageFor(pathname: string): Promise<void> {
  const load = pageModuleFor(pathname);
  if (load) loadedModules.set(load, await load());
}

/** The module `load` resolved to, if it has been preloaded. */
export function preloadedModule<T>(load: () => Promise<T>): T | undefined {
  // Sound: only `preloadPageFor` writes, storing what this very loader resolved to.
  return loadedModules.get(load) as T | undefined;
}
