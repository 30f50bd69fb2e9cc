import { afterAll } from 'vitest';
import { tried } from './export-injection-fixtures';
import { describeMarkdownExport } from './export-injection-markdown';
import { describeCalendarExport } from './export-injection-calendar';
import { describeMailtoLinks } from './export-injection-mailto';

afterAll(() => {
  console.log(tried.summary('Export injection (Markdown, iCalendar, mailto)'));
});

// The cases live beside this file; they run here so the totals above add up.
describeMarkdownExport();
describeCalendarExport();
describeMailtoLinks();
