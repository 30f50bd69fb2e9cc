import {
  answerAll,
  expectResults,
  mainHeading,
  startAssessment,
  submitAssessment,
} from './support/app';
import { expect, test } from './support/fixtures';
import { waitUntilControlled } from './support/offline';
import { mixedPattern, skills } from './support/instrument';
import { translator } from './support/locales';

test.use({ serviceWorkers: 'allow' });

test('after the first visit the whole app works offline: every page and a full assessment', async ({
  page,
  context,
}) => {
  const t = translator('en');
  await page.goto('/');
  await expect(mainHeading(page, t('home.title'))).toBeVisible();
  await waitUntilControlled(page);

  await context.setOffline(true);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);

  const reloaded = await page.reload();
  expect(reloaded?.fromServiceWorker(), 'the page comes from the service worker').toBe(true);
  await expect(mainHeading(page, t('home.title'))).toBeVisible();

  const routes: { path: string; heading: string }[] = [
    { path: '/', heading: t('home.title') },
    { path: '/assessment', heading: t('assessment.introTitle') },
    { path: '/results', heading: t('results.title') },
    { path: '/history', heading: t('history.title') },
    { path: '/settings', heading: t('settings.title') },
    { path: '/no/such/page', heading: t('errors.notFoundTitle') },
    { path: '/reviews/a1b2c3/no-such-page', heading: t('errors.notFoundTitle') },
  ];
  for (const route of routes) {
    await page.goto(route.path);
    await expect(mainHeading(page, route.heading)).toBeVisible();
  }

  // Other languages offline: offline-language.spec.ts.
  await page.getByRole('link', { name: t('nav.home'), exact: true }).click();
  await startAssessment(page, t);
  await expect(page).toHaveURL(`/assessment/${skills[0]}`);
  await answerAll(page, t, mixedPattern);
  await submitAssessment(page, t);
  await expectResults(page, 'en', mixedPattern);

  await page.reload();
  await expectResults(page, 'en', mixedPattern);
  await context.setOffline(false);
});
