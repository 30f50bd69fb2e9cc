import type { Page } from '@playwright/test';
import { answerStep, expectChartsDrawn, mainHeading } from './support/app';
import { expect, test } from './support/fixtures';
import { mixedPattern, otherPattern, skills } from './support/instrument';
import { translator } from './support/locales';
import { completedAssessment, draftAssessment, seedState } from './support/storage';

test.use({ viewport: { width: 360, height: 740 } });

const t = translator('en');

async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const size = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(size.clientWidth).toBe(360);
  expect(size.scrollWidth, 'page is wider than the 360 px screen').toBeLessThanOrEqual(
    size.clientWidth,
  );
}

test('at 360 px wide no page scrolls sideways: home, a step, results, history and settings', async ({
  page,
}) => {
  await seedState(page, {
    assessments: [
      completedAssessment('narrow-earlier', '2026-01-10T08:15:00.000Z', otherPattern),
      completedAssessment('narrow-latest', '2026-04-20T16:45:00.000Z', mixedPattern),
    ],
    draft: draftAssessment([[], [], [], [], []]),
  });

  await page.goto('/');
  await expect(mainHeading(page, t('dashboard.title'))).toBeVisible();
  await expectNoHorizontalScroll(page);

  await page.goto(`/assessment/${skills[2]}`);
  await expect(mainHeading(page, t(`skills.${skills[2]}.name`))).toBeVisible();
  // The longest option label is chosen, so its width counts too.
  await answerStep(page, t, 2, mixedPattern[2] ?? []);
  await expectNoHorizontalScroll(page);

  await page.goto('/results');
  await expectChartsDrawn(page, t);
  await expectNoHorizontalScroll(page);

  await page.goto('/history');
  await expect(page.getByRole('table', { name: t('history.listCaption') })).toBeVisible();
  await expectNoHorizontalScroll(page);

  await page.goto('/settings');
  await expect(mainHeading(page, t('settings.title'))).toBeVisible();
  await expectNoHorizontalScroll(page);
});
