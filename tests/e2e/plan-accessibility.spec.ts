import { mainHeading } from './support/app';
import { expect, test } from './support/fixtures';
import { translator } from './support/locales';
import { expectNoAxeViolations } from './support/review';

const t = translator('en');

for (const width of [390, 1280]) {
  test(`the plan with nothing stored is axe clean at ${width} px, light and dark`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/plan');
    await expect(mainHeading(page, t('plan.title'))).toBeVisible();
    await expectNoAxeViolations(page, `the empty plan at ${width} px`);
  });
}
