import { answerAll, mainHeading, startAssessment, submitAssessment } from './support/app';
import { expect, test } from './support/fixtures';
import { translator } from './support/locales';
import {
  entryTitle,
  goalCard,
  isoDay,
  planDate,
  planPattern,
  recommendationCard,
  stepCheckbox,
} from './support/plan';

const t = translator('en');
const what = 'Open every quarterly review with one business result';

test('the way through: first visit, assessment, results, "build my plan", a goal, and home shows it', async ({
  page,
}) => {
  // The first visit is the introduction.
  await page.goto('/');
  await expect(mainHeading(page, t('home.title'))).toBeVisible();
  await startAssessment(page, t);
  await answerAll(page, t, planPattern);
  await submitAssessment(page, t);

  // The results end with the next steps: the plan is one click away.
  const next = page.getByRole('region', { name: t('results.nextSteps.title'), exact: true });
  await next.getByRole('link', { name: t('results.nextSteps.plan'), exact: true }).click();
  await expect(page).toHaveURL('/plan');
  await expect(mainHeading(page, t('plan.title'))).toBeVisible();

  const card = recommendationCard(page, t, 'executive-presence');
  await stepCheckbox(card, entryTitle('land-a-quick-win', 'en')).check();
  await card.getByRole('button', { name: t('plan.recommend.newGoal'), exact: true }).click();
  await expect(mainHeading(page, t('plan.newGoal'))).toBeVisible();
  const target = isoDay(45);
  await page.getByLabel(t('plan.what'), { exact: true }).fill(what);
  await page.getByLabel(t('plan.measure'), { exact: true }).fill('Four reviews opened that way');
  await page.getByLabel(t('plan.targetDate'), { exact: true }).fill(target);
  await page.getByRole('button', { name: t('plan.saveGoal'), exact: true }).click();
  await expect(goalCard(page, t, 'executive-presence', what)).toBeVisible();

  // Home is now the person's dashboard, with that goal as the next one due.
  await page.getByRole('link', { name: t('nav.home'), exact: true }).click();
  await expect(mainHeading(page, t('dashboard.title'))).toBeVisible();
  const goal = page.getByRole('region', { name: t('dashboard.goalTitle'), exact: true });
  await expect(goal.getByText(what, { exact: true })).toBeVisible();
  await expect(goal).toContainText(
    t('dashboard.goalDue', { date: await planDate(page, target, 'en') }),
  );
  const readiness = page.getByRole('region', { name: t('dashboard.readinessTitle'), exact: true });
  await expect(readiness).toContainText(t('dashboard.changeFirst'));
  await goal.getByRole('link', { name: t('dashboard.openPlan'), exact: true }).click();
  await expect(page).toHaveURL('/plan');
});
