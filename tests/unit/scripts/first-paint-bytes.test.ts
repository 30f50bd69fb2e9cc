import { describe, expect, it } from 'vitest';
import { blockingFiles } from '../../../scripts/bytes/first-paint-bytes';

describe('what blocks a prerendered page’s first paint', () => {
  it('is its linked style sheets and classic scripts, not its modules, icons or disabled sheets', () => {
    const head = `<head>
      <script src="/ascent/boot.js" data-app="/ascent/assets/app-1.js"></script>
      <link rel="icon" href="/ascent/favicon.svg" />
      <link rel="stylesheet" crossorigin href="/ascent/assets/index-2.css">
      <script type="module" crossorigin src="/ascent/assets/app-1.js"></script>
      <style>body{margin:0}</style>
      <link rel="stylesheet" href="/ascent/assets/plan-3.css" disabled>
    </head>`;
    expect(blockingFiles(head, '/ascent/')).toEqual(['assets/index-2.css', 'boot.js']);
  });
});
