import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';

declare global {
  interface Window {
    /** Put there by evaluating axe's own source in the page. */
    axe?: { run: (context: Document, options: RunOptions) => Promise<AxeResults> };
  }
}

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface Violation {
  rule: string;
  help: string;
  targets: string[];
}

/**
 * The WCAG 2.2 AA violations on the page as it is now. axe is put into the page once and run
 * as often as asked (AxeBuilder injects it again on every run), reporting violations only:
 * serialising every passing node took most of the time and says nothing.
 */
export async function axeViolations(
  page: Page,
  { contrastOnly = false }: { contrastOnly?: boolean } = {},
): Promise<Violation[]> {
  if (!(await page.evaluate(() => window.axe !== undefined))) await page.evaluate(axeSource);
  const options: RunOptions = {
    runOnly: contrastOnly
      ? { type: 'rule', values: ['color-contrast'] }
      : { type: 'tag', values: wcagTags },
    resultTypes: ['violations'],
  };
  const results = await page.evaluate(async (runOptions) => {
    if (!window.axe) throw new Error('axe is not in the page');
    return window.axe.run(document, runOptions);
  }, options);
  return results.violations.map((violation) => ({
    rule: violation.id,
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.join(' ')),
  }));
}
