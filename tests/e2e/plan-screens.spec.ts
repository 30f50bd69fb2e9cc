import type { Page } from '@playwright/test';
import { translator } from './support/locales';
import { mainHeading } from './support/app';
import { expect, test } from './support/fixtures';
import {
  builtInCatalog,
  emptyPlan,
  filledCase,
  goalCard,
  planPattern,
  planWithGoal,
  recommendationCard,
} from './support/plan';
import { expectNoAxeViolations } from './support/review';
import { completedAssessment, seedState } from './support/storage';

const t = translator('en');

const seededResult = completedAssessment('plan-a11y', '2026-03-01T09:00:00.000Z', planPattern);

interface PlanScreen {
  name: string;
  open: (page: Page) => Promise<void>;
}

const planScreens: PlanScreen[] = [
  {
    name: 'the plan with recommendations and no goal',
    open: async (page) => {
      await seedState(page, { assessments: [seededResult] });
      await page.goto('/plan');
      await expect(recommendationCard(page, t, 'executive-presence')).toBeVisible();
      await expect(page.getByText(t('plan.noGoals'), { exact: true })).toBeVisible();
    },
  },
  {
    name: 'the plan with a goal, a finished, an overdue and an archived one',
    open: async (page) => {
      const plan = planWithGoal();
      const [goal] = plan.goals;
      if (goal === undefined) throw new Error('no seeded goal');
      const archived = {
        ...goal,
        id: 'archived-goal',
        what: 'An old goal',
        archivedAt: goal.createdAt,
      };
      await seedState(page, {
        assessments: [seededResult],
        plan: { ...plan, goals: [goal, archived] },
      });
      await page.goto('/plan');
      const card = goalCard(page, t, goal.skill, goal.what);
      await expect(card.getByText(t('plan.overdue'), { exact: true })).toBeVisible();
      await page.getByText(t('plan.archived', { count: 1 }), { exact: true }).click();
      await expect(goalCard(page, t, goal.skill, archived.what)).toBeVisible();
    },
  },
  {
    name: 'a new goal with every error shown',
    open: async (page) => {
      await page.goto('/plan/goals/new');
      await page.getByLabel(t('plan.targetDate'), { exact: true }).fill('');
      await page.getByRole('button', { name: t('plan.saveGoal'), exact: true }).click();
      await expect(page.getByText(t('plan.errors.dateRequired'), { exact: true })).toBeVisible();
    },
  },
  {
    name: 'the case for the role, filled in',
    open: async (page) => {
      await seedState(page, { plan: { ...emptyPlan, advocacy: filledCase } });
      await page.goto('/plan/case');
      await expect(mainHeading(page, t('plan.case.title'))).toBeVisible();
      await expect(
        page.getByRole('group', { name: t('plan.case.allyRow', { number: 1 }) }),
      ).toBeVisible();
    },
  },
  {
    name: 'the catalog',
    open: async (page) => {
      await page.goto('/plan/catalog');
      await expect(page.getByRole('main').getByRole('article')).toHaveCount(
        builtInCatalog.entries.length,
      );
    },
  },
];

for (const screen of planScreens) {
  test(`axe finds no WCAG 2.2 AA violation on ${screen.name}, light and dark`, async ({ page }) => {
    await screen.open(page);
    await expectNoAxeViolations(page, screen.name);
  });
}

test.describe('on a 360 px wide phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('no plan page scrolls sideways', async ({ page }) => {
    const tooWide: Record<string, number> = {};
    for (const screen of planScreens) {
      await screen.open(page);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 360) tooWide[screen.name] = width;
    }
    expect(tooWide, 'pages wider than the 360 px screen').toEqual({});
  });
});
