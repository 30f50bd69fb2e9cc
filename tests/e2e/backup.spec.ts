import { readFile } from 'node:fs/promises';
import {
  chooseLanguage,
  expectResults,
  formatDateTimeInPage,
  mainHeading,
  type T,
} from './support/app';
import { expect, test } from './support/fixtures';
import type { Page } from '@playwright/test';
import { mixedPattern } from './support/instrument';
import { translator } from './support/locales';
import { completedAssessment, DATA_KEY, readStorage, seedAssessments } from './support/storage';

const assessment = completedAssessment(
  'b1f0c7a2-5d9e-4c1b-9a51-0f3c2d7e8a11',
  '2026-03-14T09:30:00.000Z',
  mixedPattern,
);

async function openHistory(page: Page, t: T): Promise<void> {
  await page.getByRole('link', { name: t('nav.history'), exact: true }).click();
  await expect(mainHeading(page, t('history.title'))).toBeVisible();
}

async function openSettings(page: Page, t: T): Promise<void> {
  await page.getByRole('link', { name: t('nav.settings'), exact: true }).click();
  await expect(mainHeading(page, t('settings.title'))).toBeVisible();
}

test('a person exports a backup, deletes everything, and gets their result back by importing the file', async ({
  page,
}) => {
  const t = translator('en');
  await seedAssessments(page, [assessment]);
  await page.goto('/settings');
  await expect(mainHeading(page, t('settings.title'))).toBeVisible();

  // Export.
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: t('settings.export'), exact: true }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^ascent-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const backupPath = await download.path();
  const backup: unknown = JSON.parse(await readFile(backupPath, 'utf8'));
  expect(backup).toMatchObject({
    format: 'ascent-backup',
    version: 1,
    exportedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
    data: { assessments: [assessment], draft: null },
  });
  await expect(page.getByRole('status').filter({ hasText: t('settings.exported') })).toBeVisible();

  // Delete all, after confirming.
  await page.getByRole('button', { name: t('settings.deleteAll'), exact: true }).click();
  const dialog = page.getByRole('dialog', { name: t('settings.deleteAllTitle') });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(t('settings.deleteAllBody'));
  await dialog.getByRole('button', { name: t('settings.deleteAllConfirm'), exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page.getByRole('status').filter({ hasText: t('settings.deletedAll') }),
  ).toBeVisible();
  await openHistory(page, t);
  await expect(page.getByText(t('history.empty'))).toBeVisible();
  await expect(page.getByRole('table', { name: t('history.listCaption') })).toHaveCount(0);

  // Import the exported file.
  await openSettings(page, t);
  await page.getByLabel(t('settings.import'), { exact: true }).setInputFiles(backupPath);
  await expect(
    page.getByRole('status').filter({ hasText: t('settings.imported', { count: 1 }) }),
  ).toBeVisible();
  await openHistory(page, t);
  const date = await formatDateTimeInPage(page, assessment.completedAt, 'en');
  const openLink = page.getByRole('link', { name: t('history.open', { date }), exact: true });
  await expect(openLink).toBeVisible();
  await openLink.click();
  await expect(page).toHaveURL(`/results/${assessment.id}`);
  await expectResults(page, 'en', mixedPattern);

  // The same file again adds nothing.
  await openSettings(page, t);
  await page.getByLabel(t('settings.import'), { exact: true }).setInputFiles(backupPath);
  await expect(
    page.getByRole('status').filter({ hasText: t('settings.importNothingNew') }),
  ).toBeVisible();

  // A broken file is refused with a translated message and changes nothing.
  const before = await readStorage(page);
  await page.getByLabel(t('settings.import'), { exact: true }).setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format": "ascent-backup", "data": ['),
  });
  await expect(page.getByRole('alert')).toHaveText(t('backup.notJson'));
  await page.getByLabel(t('settings.import'), { exact: true }).setInputFiles({
    name: 'other.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ format: 'something-else', version: 1 })),
  });
  await expect(page.getByRole('alert')).toHaveText(t('backup.wrongFormat'));
  expect(await readStorage(page)).toEqual(before);
  expect(before[DATA_KEY]).toContain(assessment.id);
  await openHistory(page, t);
  const rows = page
    .getByRole('table', { name: t('history.listCaption') })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader') });
  await expect(rows).toHaveCount(1);
  await expect(rows.getByRole('link', { name: t('history.open', { date }) })).toBeVisible();
});

test('importing a backup in Spanish reports a broken file in Spanish', async ({ page }) => {
  const t = translator('es');
  await seedAssessments(page, []);
  await page.goto('/settings');
  await chooseLanguage(page, 'en', 'es');
  await expect(mainHeading(page, t('settings.title'))).toBeVisible();
  await page.getByLabel(t('settings.import'), { exact: true }).setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('not json at all'),
  });
  await expect(page.getByRole('alert')).toHaveText(t('backup.notJson'));
});
