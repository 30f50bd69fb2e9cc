import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expectChartsDrawn, mainHeading } from './support/app';
import { expect, test } from './support/fixtures';
import { mixedPattern, otherPattern, type Pattern } from './support/instrument';
import { translator } from './support/locales';
import {
  completedAssessment,
  draftAssessment,
  seedAssessments,
  seedRaw,
  seedState,
} from './support/storage';

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const t = translator('en');

async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  const summary = results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.join(' ')),
  }));
  expect(summary).toEqual([]);
}

const twoResults = [
  completedAssessment('a11y-earlier', '2026-01-10T08:15:00.000Z', mixedPattern),
  completedAssessment('a11y-latest', '2026-04-20T16:45:00.000Z', otherPattern),
];

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
    name: 'the home page',
    open: async (page) => {
      await page.goto('/');
      await expect(mainHeading(page, t('home.title'))).toBeVisible();
    },
  },
  {
    name: 'the assessment intro',
    open: async (page) => {
      await page.goto('/assessment');
      await expect(page.getByRole('button', { name: t('assessment.start') })).toBeVisible();
    },
  },
  {
    name: 'a skill step with some answers',
    open: async (page) => {
      await seedState(page, { draft: draftAssessment(partial) });
      await page.goto('/assessment/executive-presence');
      await expect(mainHeading(page, t('skills.executive-presence.name'))).toBeVisible();
    },
  },
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
    name: 'the results with data',
    open: async (page) => {
      await seedAssessments(page, twoResults);
      await page.goto('/results');
      await expectChartsDrawn(page, t);
    },
  },
  {
    name: 'the results without data',
    open: async (page) => {
      await page.goto('/results');
      await expect(page.getByText(t('results.noResults'))).toBeVisible();
    },
  },
  {
    name: 'the history with two results',
    open: async (page) => {
      await seedAssessments(page, twoResults);
      await page.goto('/history');
      await expect(page.getByRole('table', { name: t('history.listCaption') })).toBeVisible();
    },
  },
  {
    name: 'the settings',
    open: async (page) => {
      await page.goto('/settings');
      await expect(mainHeading(page, t('settings.title'))).toBeVisible();
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
    name: 'a page that does not exist',
    open: async (page) => {
      await page.goto('/no/such/page');
      await expect(mainHeading(page, t('errors.notFoundTitle'))).toBeVisible();
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

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`Accessibility (WCAG 2.2 AA rules) in the ${colorScheme} color scheme`, () => {
    test.use({ colorScheme });
    for (const screen of screens) {
      test(`axe finds no violations on ${screen.name}`, async ({ page }) => {
        await screen.open(page);
        expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(
          colorScheme === 'dark',
        );
        await expectNoAxeViolations(page);
      });
    }
  });
}
