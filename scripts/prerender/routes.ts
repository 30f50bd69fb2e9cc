// The pages the build writes as HTML, in every language: each main route a visitor can open
// directly (from a bookmark, an email, the home screen). Other addresses get the app's fallback.
export const prerenderedPaths = [
  '/',
  '/assessment',
  '/results',
  '/history',
  '/reviews',
  '/reviews/new',
  '/respond',
  '/collect',
  '/plan',
  '/plan/goals/new',
  '/plan/case',
  '/plan/catalog',
  '/settings',
] as const;

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
