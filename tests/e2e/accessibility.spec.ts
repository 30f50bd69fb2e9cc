import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { mixedPattern, type Pattern } from './support/instrument';
import { translator } from './support/locales';
import { expectNoAxeViolations } from './support/review';
import { draftAssessment, seedRaw, seedState } from './support/storage';

/*
 * States a route table cannot reach by opening an address: an error after submitting, an open
 * dialog, the storage banners. Every route itself is checked in axe-routes.spec.ts.
 */

const t = translator('en');

/** Half of the first step answered, the rest left open, so the review lists missing items. */
const partial: Pattern = mixedPattern.map((ratings, skillIndex) =>
  skillIndex === 0 ? ratings.map((rating, itemIndex) => (itemIndex < 3 ? rating : null)) : ratings,
);

interface Screen {
  name: string;
  open: (page: Page) => Promise<void>;
}

const screens: Screen[] = [
  {
    name: 'the review with unanswered items and the submit error',
    open: async (page) => {
      await seedState(page, { draft: draftAssessment(partial, 'review') });
      await page.goto('/assessment/review');
      await page.getByRole('button', { name: t('assessment.submit') }).click();
      await expect(page.getByRole('alert')).toBeVisible();
    },
  },
  {
    name: 'the delete-all confirmation dialog',
    open: async (page) => {
      await page.goto('/settings');
      await page.getByRole('button', { name: t('settings.deleteAll') }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
    },
  },
  {
    name: 'the corrupt-storage banner',
    open: async (page) => {
      await seedRaw(page, '{not json');
      await page.goto('/');
      await expect(page.getByText(t('storage.quarantinedTitle'))).toBeVisible();
    },
  },
  {
    name: 'the newer-version banner',
    open: async (page) => {
      await seedRaw(page, JSON.stringify({ state: {}, version: 99 }));
      await page.goto('/');
      await expect(page.getByText(t('storage.newerTitle'))).toBeVisible();
    },
  },
];

for (const screen of screens) {
  test(`axe finds no violations on ${screen.name}, light and dark`, async ({ page }) => {
    await screen.open(page);
    await expectNoAxeViolations(page, screen.name);
  });
}
