import { describe, expect, it } from 'vitest';
import { pageScripts, pageStyles } from '../../../scripts/prerender/page-assets';

// A build like the app's: the entry imports React; the plan's page imports a shared chunk (which
// imports React too) and has a style sheet; the shared chunk has one of its own.
const manifest = {
  'index.html': { file: 'assets/app-1.js', css: ['assets/index-1.css'], imports: ['_react.js'] },
  '_react.js': { file: 'assets/react-2.js' },
  '_goal.js': { file: 'assets/goal-3.js', css: ['assets/goal-3.css'], imports: ['_react.js'] },
  'src/plan.tsx': {
    file: 'assets/plan-4.js',
    css: ['assets/plan-4.css'],
    imports: ['_goal.js', '_react.js'],
  },
  'src/other.tsx': { file: 'assets/other-5.js', imports: ['_goal.js'] },
};

describe('a prerendered page’s own assets', () => {
  it('are its modules’ code and what they import, without what the app’s entry already loads', () => {
    expect(pageScripts(manifest, ['src/plan.tsx'])).toEqual([
      'assets/plan-4.js',
      'assets/goal-3.js',
    ]);
  });

  it('name a chunk two modules share once', () => {
    expect(pageScripts(manifest, ['src/plan.tsx', 'src/other.tsx'])).toEqual([
      'assets/plan-4.js',
      'assets/goal-3.js',
      'assets/other-5.js',
    ]);
    expect(pageStyles(manifest, ['src/plan.tsx', 'src/other.tsx'])).toEqual([
      'assets/plan-4.css',
      'assets/goal-3.css',
    ]);
  });

  it('are none for a page drawn by the entry alone, or a module the build does not know', () => {
    expect(pageScripts(manifest, [])).toEqual([]);
    expect(pageStyles(manifest, ['src/missing.tsx'])).toEqual([]);
  });
});
