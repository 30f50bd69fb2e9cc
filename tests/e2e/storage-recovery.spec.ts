import { readFile } from 'node:fs/promises';
import { chooseLanguage, mainHeading } from './support/app';
import { expect, test } from './support/fixtures';
import { mixedPattern } from './support/instrument';
import { translator } from './support/locales';
import {
  completedAssessment,
  DATA_KEY,
  persistedText,
  QUARANTINE_PREFIX,
  readStorage,
  seedRaw,
} from './support/storage';

test('unreadable saved data is set aside, can be downloaded as it was, and discarded', async ({
  page,
}) => {
  const t = translator('en');
  // Truncated JSON, with quotes and non-ASCII text, as a crash mid-write could leave it.
  const damaged = '{"state":{"assessments":[{"id":"x","note":"café – “quoted”"},';
  await seedRaw(page, damaged);
  await page.goto('/');

  await expect(mainHeading(page, t('home.title'))).toBeVisible();
  const banner = page.getByRole('status').filter({ hasText: t('storage.quarantinedTitle') });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText(t('storage.quarantinedBody'));
  // The app started fresh: nothing to resume, no result.
  await expect(page.getByRole('link', { name: t('home.start'), exact: true })).toBeVisible();

  const stored = await readStorage(page);
  const quarantinedKeys = Object.keys(stored).filter((key) => key.startsWith(QUARANTINE_PREFIX));
  expect(quarantinedKeys).toHaveLength(1);
  const [quarantinedKey = ''] = quarantinedKeys;
  expect(stored[quarantinedKey]).toBe(damaged);
  expect(stored[DATA_KEY]).toBeUndefined();

  const downloadPromise = page.waitForEvent('download');
  await banner.getByRole('button', { name: t('storage.downloadDamaged'), exact: true }).click();
  const download = await downloadPromise;
  const content = await readFile(await download.path(), 'utf8');
  // The file lists each set-aside entry; its value is the original text, byte for byte.
  const entries: unknown = JSON.parse(content);
  expect(entries).toEqual([{ key: quarantinedKey, value: damaged }]);

  // The banner stays on every page until the person decides.
  await page.getByRole('link', { name: t('nav.settings'), exact: true }).click();
  await expect(mainHeading(page, t('settings.title'))).toBeVisible();
  await expect(banner).toBeVisible();

  await banner.getByRole('button', { name: t('storage.startFresh'), exact: true }).click();
  await expect(banner).toHaveCount(0);
  const after = await readStorage(page);
  expect(Object.keys(after).filter((key) => key.startsWith(QUARANTINE_PREFIX))).toEqual([]);

  await page.reload();
  await expect(mainHeading(page, t('settings.title'))).toBeVisible();
  await expect(page.getByText(t('storage.quarantinedTitle'))).toHaveCount(0);
});

test('data with a valid envelope but an invalid shape is also set aside, not lost', async ({
  page,
}) => {
  const t = translator('en');
  const invalid = JSON.stringify({ state: { assessments: 'not a list' }, version: 1 });
  await seedRaw(page, invalid);
  await page.goto('/history');

  await expect(mainHeading(page, t('history.title'))).toBeVisible();
  await expect(page.getByText(t('storage.quarantinedTitle'))).toBeVisible();
  await expect(page.getByText(t('history.empty'))).toBeVisible();
  const stored = await readStorage(page);
  const values = Object.entries(stored)
    .filter(([key]) => key.startsWith(QUARANTINE_PREFIX))
    .map(([, value]) => value);
  expect(values).toEqual([invalid]);
});

test('data saved by a newer version shows a banner and is left byte-identical after changes', async ({
  page,
}) => {
  const t = translator('en');
  const newer = persistedText(
    {
      assessments: [
        completedAssessment('from-the-future', '2027-01-01T00:00:00.000Z', mixedPattern),
      ],
      settings: { language: 'en' },
    },
    99,
  );
  await seedRaw(page, newer);
  await page.goto('/');

  const banner = page.getByRole('status').filter({ hasText: t('storage.newerTitle') });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText(t('storage.newerBody'));

  // Actions that would save: change the language, then start an assessment and answer.
  await chooseLanguage(page, 'en', 'fr');
  const fr = translator('fr');
  await expect(mainHeading(page, fr('home.title'))).toBeVisible();
  await expect(
    page.getByRole('status').filter({ hasText: fr('storage.newerTitle') }),
  ).toBeVisible();
  await page.getByRole('link', { name: fr('home.start'), exact: true }).click();
  await page.getByRole('button', { name: fr('assessment.start'), exact: true }).click();
  await page
    .getByRole('radio', { name: fr('scale.3'), exact: true })
    .first()
    .check();

  const stored = await readStorage(page);
  expect(stored[DATA_KEY]).toBe(newer);
  expect(Object.keys(stored).filter((key) => key.startsWith(QUARANTINE_PREFIX))).toEqual([]);

  // The address names the language (/fr/…), so the reload stays in French.
  await page.reload();
  await expect(page.getByText(fr('storage.newerTitle'))).toBeVisible();
  expect((await readStorage(page))[DATA_KEY]).toBe(newer);
});
