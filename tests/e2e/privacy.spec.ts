import { answerAll, expectResults, startAssessment, submitAssessment } from './support/app';
import { expect, test } from './support/fixtures';
import { mixedPattern } from './support/instrument';
import { translator } from './support/locales';

/*
 * Every test in this suite already fails if any request leaves the app's origin (see
 * support/fixtures.ts). This one spells the promise out for a whole journey and checks that the
 * recording itself works.
 */
test('a full journey only ever requests files from the app itself, and never sends anything', async ({
  page,
  networkLog,
  baseURL,
}) => {
  const t = translator('en');
  await page.goto('/');
  await startAssessment(page, t);
  await answerAll(page, t, mixedPattern);
  await submitAssessment(page, t);
  await expectResults(page, 'en', mixedPattern);
  await page.getByRole('link', { name: t('nav.settings'), exact: true }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: t('settings.export'), exact: true }).click();
  await download;

  const origin = new URL(baseURL ?? '').origin;
  const types = new Set(networkLog.map((request) => request.resourceType));
  expect(types).toContain('document');
  expect(types).toContain('script');
  expect(types).toContain('stylesheet');
  for (const request of networkLog) {
    const url = new URL(request.url);
    expect(['data:', 'blob:'].includes(url.protocol) || url.origin === origin, request.url).toBe(
      true,
    );
    expect(request.method, request.url).toBe('GET');
  }
});
