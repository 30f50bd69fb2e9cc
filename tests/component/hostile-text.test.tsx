import { afterAll } from 'vitest';
import { tried } from './hostile-text-fixtures';
import { describeHostileTextInViews } from './hostile-text-views';
import { describeLinksAndFiles } from './hostile-text-files';

afterAll(() => {
  console.log(tried.summary('Hostile text in the views'));
});

// The cases live beside this file; they run here so the totals above add up.
describeHostileTextInViews();
describeLinksAndFiles();
