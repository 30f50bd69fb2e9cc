/**
 * A review's report lives at an id only this browser knows, so the build writes one page for
 * every report, at the id "_" (no review has it), and servers answer /reviews/<id>/report with it.
 */
export const reportPagePath = '/reviews/_/report';

const anyReport = /^\/reviews\/[^/]+\/report$/;

/** The prerendered page that answers a path inside the app ("/plan/case", "/reviews/…/report"). */
export function prerenderedPathFor(path: string): string {
  return anyReport.test(path) ? reportPagePath : path;
}
