import type { Page } from '@playwright/test';
import { axeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { buildHistory, storedEntries } from '../support/heavy-state';
import { DATA_KEY, seedRaw } from './support/storage';
import { peerInvitationCode } from './support/review-seed';

/*
 * Every route, with nothing stored and with a year of realistic use (results, 360 reviews with
 * answers, goals), at a phone's and a desktop's width, light and dark. One page load per route
 * and state: the width and the colour scheme change in place, so the whole table stays fast.
 */

const widths = [390, 1280] as const;
const schemes = ['light', 'dark'] as const;
const missingId = 'AAAAAAAAAAAAAAAAAAAAAA';

const stored = buildHistory({ assessments: 4, reviews: 2, responsesPerReview: 9, goals: 4 });
const review = stored.reviews.at(-1);
if (!review) throw new Error('the history has reviews');

async function invitationPath(): Promise<string> {
  if (!review) throw new Error('the history has reviews');
  return `/respond#${await peerInvitationCode(review, { message: 'Thank you for your time!' })}`;
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

/** The dark scheme changes colours only, so there the contrast rule alone runs. */
const violations = (page: Page, colorScheme: (typeof schemes)[number]) =>
  axeViolations(page, { contrastOnly: colorScheme === 'dark' });

for (const state of ['empty', 'with data'] as const) {
  for (const route of routes) {
    test(`axe: ${route.name}, ${state}, at 390 and 1280 px, light and dark`, async ({ page }) => {
      if (state === 'with data') await seedRaw(page, storedEntries(stored)[DATA_KEY] ?? '');
      await page.goto(await route.path(state));
      await expect(page.locator('main h1')).toBeVisible();
      await page.waitForLoadState('networkidle');
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
