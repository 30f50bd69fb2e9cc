import { expectResults, formatDateInPage, formatDateTimeInPage, mainHeading } from './support/app';
import { expect, test } from './support/fixtures';
import {
  expectedScores,
  formatNumber,
  mixedPattern,
  otherPattern,
  skills,
} from './support/instrument';
import { translator } from './support/locales';
import { completedAssessment, readStorage, seedAssessments } from './support/storage';

const earlier = completedAssessment(
  '0d5e2a1c-1111-4c1b-9a51-000000000001',
  '2026-01-10T08:15:00.000Z',
  mixedPattern,
);
const latest = completedAssessment(
  '0d5e2a1c-2222-4c1b-9a51-000000000002',
  '2026-04-20T16:45:00.000Z',
  otherPattern,
);

test('history lists results newest first, opens one, compares per skill and deletes one after confirmation', async ({
  page,
}) => {
  const t = translator('en');
  // Stored oldest last on purpose: the page must sort by date, not by storage order.
  await seedAssessments(page, [latest, earlier]);
  await page.goto('/history');
  await expect(mainHeading(page, t('history.title'))).toBeVisible();

  const latestDate = await formatDateTimeInPage(page, latest.completedAt, 'en');
  const earlierDate = await formatDateTimeInPage(page, earlier.completedAt, 'en');
  const list = page.getByRole('table', { name: t('history.listCaption'), exact: true });
  const rows = list.getByRole('row').filter({ has: page.getByRole('rowheader') });
  await expect(rows.getByRole('rowheader')).toHaveText([latestDate, earlierDate]);
  const overallText = (pattern: typeof mixedPattern) => {
    const { overall, overallLevel } = expectedScores(pattern);
    return `${formatNumber(overall, 'en')} · ${t(`levels.${overallLevel}`)}`;
  };
  await expect(rows.nth(0).getByRole('cell').first()).toHaveText(overallText(otherPattern));
  await expect(rows.nth(1).getByRole('cell').first()).toHaveText(overallText(mixedPattern));

  // The comparison: latest against the earlier one, change per skill.
  const compare = page.getByRole('table', {
    name: t('history.compareCaption', {
      earlier: await formatDateInPage(page, earlier.completedAt, 'en', { dateStyle: 'long' }),
      latest: await formatDateInPage(page, latest.completedAt, 'en', { dateStyle: 'long' }),
    }),
    exact: true,
  });
  await expect(compare).toBeVisible();
  const before = expectedScores(mixedPattern).skills;
  const after = expectedScores(otherPattern).skills;
  const compareRows = compare.getByRole('row').filter({ has: page.getByRole('rowheader') });
  await expect(compareRows).toHaveCount(skills.length);
  // Read against the noise of six statements (about 31 points): only +33 and −54 are real.
  const readings = ['noise', 'real-rise', 'noise', 'real-fall', 'noise'] as const;
  for (const [index, skill] of skills.entries()) {
    const was = before[index]?.index ?? Number.NaN;
    const now = after[index]?.index ?? Number.NaN;
    const change = now - was;
    const changeText =
      Math.round(change) === 0
        ? t('history.unchanged')
        : new Intl.NumberFormat('en', {
            maximumFractionDigits: 0,
            signDisplay: 'exceptZero',
          }).format(change);
    const row = compareRows.nth(index);
    await expect(row.getByRole('rowheader')).toHaveText(t(`skills.${skill}.name`));
    await expect(row.getByRole('cell')).toHaveText([
      formatNumber(was, 'en'),
      formatNumber(now, 'en'),
      changeText,
      t(`reliableChange.${readings[index] ?? 'noise'}`),
    ]);
  }
  // Spelled out for the two patterns: +8, +33, no change, −54, −21.
  await expect(compareRows.getByRole('cell').nth(2)).toHaveText('+8');
  await expect(compareRows.nth(2).getByRole('cell').nth(2)).toHaveText(t('history.unchanged'));
  await expect(page.getByText(t('reliableChange.rule', { threshold: '31' }))).toBeVisible();
  // The statements that moved most: a table of at most five, all worded the same in both.
  const moved = page.getByRole('table', {
    name: t('history.itemsCaption', {
      earlier: await formatDateInPage(page, earlier.completedAt, 'en', { dateStyle: 'long' }),
      latest: await formatDateInPage(page, latest.completedAt, 'en', { dateStyle: 'long' }),
    }),
    exact: true,
  });
  await expect(moved.getByRole('rowheader')).toHaveCount(5);

  // Opening one shows that result at its own address.
  await list
    .getByRole('link', { name: t('history.open', { date: earlierDate }), exact: true })
    .click();
  await expect(page).toHaveURL(`/results/${earlier.id}`);
  await expectResults(page, 'en', mixedPattern);
  await page.goBack();
  await expect(mainHeading(page, t('history.title'))).toBeVisible();

  // Deleting asks first; cancelling keeps it.
  const deleteEarlier = list.getByRole('button', {
    name: t('history.delete', { date: earlierDate }),
    exact: true,
  });
  await deleteEarlier.click();
  const dialog = page.getByRole('dialog', { name: t('history.deleteConfirmTitle'), exact: true });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(t('history.deleteConfirmBody', { date: earlierDate }));
  await dialog.getByRole('button', { name: t('history.cancel'), exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(rows).toHaveCount(2);

  await deleteEarlier.click();
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: t('history.deleteConfirm'), exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: t('history.deleted') })).toBeVisible();
  await expect(rows.getByRole('rowheader')).toHaveText([latestDate]);
  await expect(page.getByText(t('history.compareNeedsTwo'))).toBeVisible();

  const stored = await readStorage(page);
  expect(stored['ascent:data']).not.toContain(earlier.id);
  await page.reload();
  await expect(rows.getByRole('rowheader')).toHaveText([latestDate]);
  await page.goto(`/results/${earlier.id}`);
  await expect(page.getByText(t('results.notFound'))).toBeVisible();
});
