import { reportPagePath } from '../../src/lib/prerendered-path.ts';

// The pages the build writes as HTML, in every language: each main route a visitor can open
// directly (from a bookmark, an email, the home screen). Other addresses get the app's shell.

export interface PrerenderedRoute {
  path: string;
  /** Manifest keys of the lazy modules the page draws, whose styles its HTML must link. */
  modules: string[];
}

const plan = 'src/features/plan/plan-routes.tsx';
const reviews = 'src/features/review/review-routes.tsx';

export const prerenderedRoutes: PrerenderedRoute[] = [
  { path: '/', modules: [] },
  { path: '/assessment', modules: ['src/features/assessment/assessment-routes.tsx'] },
  { path: '/results', modules: ['src/features/results/results-page.tsx'] },
  { path: '/history', modules: ['src/features/history/history-page.tsx'] },
  { path: '/reviews', modules: [reviews] },
  {
    path: '/reviews/new',
    modules: [reviews, 'src/features/review/new-review/new-review-page.tsx'],
  },
  { path: '/reviews/team', modules: [reviews, 'src/features/review/team/team-page.tsx'] },
  // One page for every review's report (src/lib/prerendered-path.ts).
  { path: reportPagePath, modules: [reviews] },
  { path: '/respond', modules: ['src/features/respond/respond-page.tsx'] },
  { path: '/collect', modules: ['src/features/review/collect/collect-page.tsx'] },
  { path: '/plan', modules: [plan] },
  { path: '/plan/goals/new', modules: [plan, 'src/features/plan/new-goal-page.tsx'] },
  { path: '/plan/case', modules: [plan, 'src/features/plan/advocacy-page.tsx'] },
  { path: '/plan/catalog', modules: [plan, 'src/features/plan/catalog-page.tsx'] },
  { path: '/settings', modules: ['src/features/settings/settings-page.tsx'] },
];

export const prerenderLanguages = ['en', 'es', 'fr'] as const;
export type PrerenderLanguage = (typeof prerenderLanguages)[number];

/**
 * The file a path's HTML goes to, relative to dist: "plan/case.html", "es/plan.html", "es.html".
 * "name.html" rather than "name/index.html", because that is what the service worker (clean URLs),
 * vite preview, nginx and Caddy all find for "/name" without a redirect to "/name/".
 */
export function prerenderedFile(path: string, language: PrerenderLanguage): string {
  const prefix = language === 'en' ? '' : language;
  const inner = path.replace(/^\/+/, '');
  if (inner === '') return prefix === '' ? 'index.html' : `${prefix}.html`;
  return prefix === '' ? `${inner}.html` : `${prefix}/${inner}.html`;
}
