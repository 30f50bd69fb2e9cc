import { describe, expect, it } from 'vitest';
import { shellPreloads, withShellPreloads } from '../../../scripts/prerender/shell-preloads';

// A build like the app's: the entry imports React; the plan imports a shared chunk, its catalog
// (a sub-page) that chunk and one of its own; texts are chunks of their own; the saved-data
// checker shares the schemas chunk the entry already loads.
const manifest = {
  'index.html': { file: 'assets/app-1.js', imports: ['_react.js', '_schemas.js'] },
  '_react.js': { file: 'assets/react-2.js' },
  '_schemas.js': { file: 'assets/schemas-3.js' },
  '_goal.js': { file: 'assets/goal-4.js', css: ['assets/goal-4.css'], imports: ['_react.js'] },
  'src/features/plan/plan-routes.tsx': {
    file: 'assets/plan-5.js',
    css: ['assets/plan-5.css'],
    imports: ['_goal.js'],
  },
  'src/features/plan/catalog-page.tsx': {
    file: 'assets/catalog-6.js',
    imports: ['_goal.js', '_cards.js'],
  },
  '_cards.js': { file: 'assets/cards-7.js' },
  'src/locales/es/shell.json': { file: 'assets/locale-es-shell-8.js' },
  'src/locales/es/pages.json': { file: 'assets/locale-es-pages-9.js' },
  'src/stores/check-in-slices.ts': {
    file: 'assets/check-in-slices-10.js',
    imports: ['_schemas.js', '_next-task.js'],
  },
  '_next-task.js': { file: 'assets/next-task-11.js' },
};

describe('what the service worker’s shell preloads', () => {
  const attributes = shellPreloads(manifest);

  it('lists a page’s code and style sheets beyond the app’s entry', () => {
    expect(attributes['data-page-plan']).toBe(
      'assets/plan-5.js assets/goal-4.js assets/plan-5.css assets/goal-4.css',
    );
  });

  it('lists for a sub-page only what it adds to its parent page', () => {
    expect(attributes['data-page-plan-catalog']).toBe('assets/catalog-6.js assets/cards-7.js');
  });

  it('names no page the build has no code for, nor one that adds nothing to its parent', () => {
    expect(attributes['data-page-results']).toBeUndefined();
    expect(attributes['data-page-reviews-_-report']).toBeUndefined();
  });

  it('lists each language’s two text chunks, and the checker of saved data', () => {
    expect(attributes['data-texts-es-shell']).toBe('assets/locale-es-shell-8.js');
    expect(attributes['data-texts-es-pages']).toBe('assets/locale-es-pages-9.js');
    expect(attributes['data-saved-data-check']).toBe(
      'assets/check-in-slices-10.js assets/next-task-11.js',
    );
  });

  it('goes into the head as a script that does not hold up parsing, under the base path', () => {
    const template = '<head>\n    <meta charset="UTF-8" />\n    <title>Ascent</title>';
    const shell = withShellPreloads(template, manifest, '/ascent/');
    expect(shell).toContain(
      '<meta charset="UTF-8" />\n    <script async src="/ascent/boot.js" data-shell data-page-plan="',
    );
    expect(shell).toContain('data-saved-data-check="assets/check-in-slices-10.js');
    expect(() => withShellPreloads('<head></head>', manifest, '/')).toThrow(/charset/);
  });
});
