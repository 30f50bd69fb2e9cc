import {
  answerStep,
  escapeRegExp,
  expectResults,
  formatDateInPage,
  itemGroup,
  mainHeading,
  ratingRadio,
  startAssessment,
} from './support/app';
import { expect, test } from './support/fixtures';
import { mixedPattern, skills } from './support/instrument';
import { translator } from './support/locales';
import { completedAssessment, seedAssessments } from './support/storage';

const t = translator('en');

test('every page has its own address, title and history entry: back and forward move between them', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page).toHaveTitle(t('app.name'));
  const nav = page.getByRole('navigation', { name: t('app.primaryNav') });

  await nav.getByRole('link', { name: t('nav.history'), exact: true }).click();
  await expect(page).toHaveURL('/history');
  await expect(page).toHaveTitle(`${t('history.title')} · ${t('app.name')}`);
  await expect(nav.getByRole('link', { name: t('nav.history') })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await nav.getByRole('link', { name: t('nav.settings'), exact: true }).click();
  await expect(page).toHaveURL('/settings');
  await expect(page).toHaveTitle(`${t('settings.title')} · ${t('app.name')}`);

  await page.goBack();
  await expect(page).toHaveURL('/history');
  await expect(mainHeading(page, t('history.title'))).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL('/');
  await expect(mainHeading(page, t('home.title'))).toBeVisible();
  await page.goForward();
  await expect(page).toHaveURL('/history');
  await expect(mainHeading(page, t('history.title'))).toBeVisible();

  // Steps of the assessment are pages too.
  await nav.getByRole('link', { name: t('nav.home'), exact: true }).click();
  await startAssessment(page, t);
  await answerStep(page, t, 0, mixedPattern[0] ?? []);
  await page.getByRole('button', { name: t('assessment.next'), exact: true }).click();
  await expect(page).toHaveURL(`/assessment/${skills[1]}`);
  await expect(page).toHaveTitle(`${t(`skills.${skills[1]}.name`)} · ${t('app.name')}`);
  await ratingRadio(itemGroup(page, t, 1, 0), t, 5).check();

  await page.goBack();
  await expect(page).toHaveURL(`/assessment/${skills[0]}`);
  await expect(mainHeading(page, t(`skills.${skills[0]}.name`))).toBeVisible();
  await expect(ratingRadio(itemGroup(page, t, 0, 0), t, 1)).toBeChecked();
  await page.goForward();
  await expect(page).toHaveURL(`/assessment/${skills[1]}`);
  await expect(ratingRadio(itemGroup(page, t, 1, 0), t, 5)).toBeChecked();

  // A reload on a step stays on that step.
  await page.reload();
  await expect(page).toHaveURL(`/assessment/${skills[1]}`);
  await expect(mainHeading(page, t(`skills.${skills[1]}.name`))).toBeVisible();
  await expect(ratingRadio(itemGroup(page, t, 1, 0), t, 5)).toBeChecked();

  // A step that does not exist says so and leads back.
  await page.goto('/assessment/no-such-step');
  await page.getByRole('link', { name: t('assessment.notFound'), exact: true }).click();
  await expect(page).toHaveURL('/assessment');
  await expect(
    page.getByRole('button', { name: t('assessment.resume'), exact: true }),
  ).toBeVisible();
});

test('a result has its own address that survives a reload, and the page carries a strict CSP', async ({
  page,
}) => {
  const older = completedAssessment('nav-older', '2026-02-01T10:00:00.000Z', mixedPattern);
  const newer = completedAssessment('nav-newer', '2026-03-01T10:00:00.000Z', mixedPattern);
  await seedAssessments(page, [older, newer]);

  const completedOn = async (iso: string) =>
    new RegExp(
      `^${escapeRegExp(
        t('results.completedOn', {
          date: await formatDateInPage(page, iso, 'en', { dateStyle: 'long' }),
        }),
      )}`,
    );

  await page.goto(`/results/${older.id}`);
  await expectResults(page, 'en', mixedPattern);
  await expect(page.getByText(await completedOn(older.completedAt))).toBeVisible();
  await page.reload();
  await expect(page).toHaveURL(`/results/${older.id}`);
  await expect(page.getByText(await completedOn(older.completedAt))).toBeVisible();
  await expectResults(page, 'en', mixedPattern);

  await page.getByRole('link', { name: t('results.history'), exact: true }).click();
  await expect(page).toHaveURL('/history');
  await page.goBack();
  await expect(page).toHaveURL(`/results/${older.id}`);
  await expect(mainHeading(page, t('results.title'))).toBeVisible();

  // /results without an id shows the latest result.
  await page.goto('/results');
  await expect(page.getByText(await completedOn(newer.completedAt))).toBeVisible();
  await page.goto('/results/no-such-result');
  await expect(page.getByText(t('results.notFound'))).toBeVisible();

  const csp = page.locator('meta[http-equiv="Content-Security-Policy"]');
  await expect(csp).toHaveCount(1);
  const policy = (await csp.getAttribute('content')) ?? '';
  const directives = new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .map(([name = '', ...values]) => [name, values]),
  );
  expect(directives.get('default-src')).toEqual(["'self'"]);
  expect(directives.get('script-src')).toEqual(["'self'"]);
  expect(directives.get('connect-src')).toEqual(["'self'"]);
  expect(policy).not.toContain('unsafe-inline');
  expect(policy).not.toContain('unsafe-eval');
});
