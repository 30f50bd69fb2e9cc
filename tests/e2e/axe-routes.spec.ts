import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import type { Page } from '@playwright/test';
import { packInvitation } from '../../src/links/invitation-link';
import { expect, test } from './support/fixtures';
import { buildHistory, storedEntries } from '../support/heavy-state';
import { DATA_KEY, seedRaw } from './support/storage';

/*
 * Every route, with nothing stored and with a year of realistic use (results, 360 reviews with
 * answers, goals), at a phone's and a desktop's width, light and dark. One page load per route
 * and state: the width and the colour scheme change in place, so the whole table stays fast.
 */

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const widths = [390, 1280] as const;
const schemes = ['light', 'dark'] as const;
const missingId = 'AAAAAAAAAAAAAAAAAAAAAA';

const stored = buildHistory({ assessments: 4, reviews: 2, responsesPerReview: 9, goals: 4 });
const review = stored.reviews.at(-1);
if (!review) throw new Error('the history has reviews');

async function invitationPath(): Promise<string> {
  if (!review) throw new Error('the history has reviews');
  const code = await packInvitation({
    reviewId: review.id,
    category: 'peer',
    subjectName: review.subjectName,
    message: 'Thank you for your time!',
    dueDate: review.dueDate,
    language: 'en',
    instrumentVersion: review.instrumentVersion,
    ownerPublicKey: review.publicKey,
  });
  return `/respond#${code}`;
}

type State = 'empty' | 'with data';

interface Route {
  name: string;
  path: (state: State) => string | Promise<string>;
}

const reviewId = (state: State) => (state === 'empty' ? missingId : review.id);

const routes: Route[] = [
  { name: 'home', path: () => '/' },
  { name: 'assessment intro', path: () => '/assessment' },
  { name: 'assessment step', path: () => '/assessment/strategic-thinking' },
  { name: 'assessment review', path: () => '/assessment/review' },
  { name: 'results', path: () => '/results' },
  { name: 'history', path: () => '/history' },
  { name: '360 reviews', path: () => '/reviews' },
  { name: 'new 360 review', path: () => '/reviews/new' },
  { name: 'review', path: (state) => `/reviews/${reviewId(state)}` },
  { name: '360 report', path: (state) => `/reviews/${reviewId(state)}/report` },
  { name: 'shared report', path: () => `/reviews/shared/${missingId}/1` },
  { name: 'team', path: () => '/reviews/team' },
  { name: 'new team', path: () => '/reviews/team/new' },
  { name: 'collect', path: () => '/collect' },
  { name: 'respond without a link', path: () => '/respond' },
  { name: 'invitation', path: () => invitationPath() },
  { name: 'plan', path: () => '/plan' },
  { name: 'new goal', path: () => '/plan/goals/new' },
  { name: 'case for the role', path: () => '/plan/case' },
  { name: 'catalog', path: () => '/plan/catalog' },
  { name: 'settings', path: () => '/settings' },
  { name: 'not found', path: () => '/no/such/page' },
];

declare global {
  interface Window {
    /** Put there by evaluating axe's own source in the page. */
    axe: { run: (context: Document, options: RunOptions) => Promise<AxeResults> };
  }
}

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/**
 * axe is put into the page once and run four times (AxeBuilder would inject it again for each
 * run). The dark scheme changes colours only, so there the contrast rule alone runs. Only
 * violations are reported: serialising every passing node costs time and says nothing.
 */
async function violations(page: Page, colorScheme: (typeof schemes)[number]) {
  const options = {
    runOnly:
      colorScheme === 'dark'
        ? { type: 'rule' as const, values: ['color-contrast'] }
        : { type: 'tag' as const, values: wcagTags },
    resultTypes: ['violations' as const],
  };
  const results = await page.evaluate(
    (runOptions) => window.axe.run(document, runOptions),
    options,
  );
  return results.violations.map((violation) => ({
    rule: violation.id,
    targets: violation.nodes.map((node) => node.target.join(' ')),
  }));
}

for (const state of ['empty', 'with data'] as const) {
  for (const route of routes) {
    test(`axe: ${route.name}, ${state}, at 390 and 1280 px, light and dark`, async ({ page }) => {
      if (state === 'with data') await seedRaw(page, storedEntries(stored)[DATA_KEY] ?? '');
      await page.goto(await route.path(state));
      await expect(page.locator('main h1')).toBeVisible();
      await page.waitForLoadState('networkidle');
      await page.evaluate(axeSource);
      const found: Record<string, unknown[]> = {};
      for (const width of widths) {
        await page.setViewportSize({ width, height: 800 });
        for (const colorScheme of schemes) {
          await page.emulateMedia({ colorScheme });
          const current = await violations(page, colorScheme);
          if (current.length > 0) found[`${String(width)} ${colorScheme}`] = current;
        }
      }
      expect(found).toEqual({});
    });
  }
}
