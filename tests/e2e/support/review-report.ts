import type { Locator, Page } from '@playwright/test';
import type { RaterCategory } from '../../../src/domain/review/review';
import { mainHeading, type T } from './app';
import { expect } from './fixtures';
import { allCategories } from './review-owner';
import { expectedSkillRows, type ReportOracle } from './review-sheets';

/* The review report: its radar chart, who answered, the "By skill" table, the comments. */

export function radarFigure(page: Page, t: T, subject: string): Locator {
  const title = t('report.radarTitle', { name: subject });
  return page.getByRole('img', { name: t('results.chartAlt', { title }), exact: true });
}

/** Scrolls to the report's radar chart (it loads near the screen) and waits until it is drawn. */
export async function expectRadarDrawn(page: Page, t: T, subject: string): Promise<void> {
  await expect(radarFigure(page, t, subject)).toBeVisible();
  await radarFigure(page, t, subject).scrollIntoViewIfNeeded();
  await expect(page.getByText(t('results.chartLoading'))).toHaveCount(0);
  await expect(page.getByText(t('results.chartFailed'))).toHaveCount(0);
}

export async function openReport(
  page: Page,
  t: T,
  reviewId: string,
  subject: string,
): Promise<void> {
  await page.goto(`/reviews/${reviewId}/report`);
  await expectReportOf(page, t, subject);
  await expectRadarDrawn(page, t, subject);
}

/** The report's heading, and under it whom the report is about. */
export async function expectReportOf(page: Page, t: T, subject: string): Promise<void> {
  await expect(mainHeading(page, t('report.heading'))).toBeVisible();
  await expect(page.getByRole('main').getByText(subject, { exact: true })).toBeVisible();
}

export function groupsTable(page: Page, t: T, threshold = 3): Locator {
  return page.getByRole('table', { name: t('report.groupsCaption', { threshold }), exact: true });
}

/** "Who answered": every group with its count and how the report shows it. */
export async function expectWhoAnswered(
  page: Page,
  t: T,
  rows: Partial<Record<RaterCategory, readonly [number, string]>>,
  threshold = 3,
): Promise<void> {
  const table = groupsTable(page, t, threshold);
  const expected = allCategories.map((category) => {
    const [count, status] = rows[category] ?? [0, 'no-responses'];
    return [t(`categories.${category}`), String(count), t(`report.visibility.${status}`)];
  });
  const bodyRows = table.getByRole('row').filter({ has: page.getByRole('rowheader') });
  await expect(bodyRows).toHaveCount(expected.length);
  for (const [index, [name, count, status]] of expected.entries()) {
    const row = bodyRows.nth(index);
    await expect(row.getByRole('rowheader')).toHaveText(name ?? '');
    await expect(row.getByRole('cell')).toHaveText([count ?? '', status ?? '']);
  }
}

export function skillTable(page: Page, t: T): Locator {
  return page.getByRole('table', { name: t('report.skillsCaption'), exact: true });
}

/** Checks the "By skill" table's columns and every figure against the oracle. */
export async function expectSkillTable(page: Page, t: T, oracle: ReportOracle): Promise<void> {
  const table = skillTable(page, t);
  await expect(table.getByRole('columnheader')).toHaveText([
    t('results.colSkill'),
    t('report.self'),
    t('report.manager'),
    ...oracle.groups.map((group) => group.label),
    t('report.others'),
    t('report.gap'),
    t('report.agreement'),
    t('report.spread'),
  ]);
  const rows = table.getByRole('row').filter({ has: page.getByRole('rowheader') });
  const expected = expectedSkillRows(oracle);
  await expect(rows).toHaveCount(expected.length);
  for (const [index, [skillName, ...cells]] of expected.entries()) {
    await expect(rows.nth(index).getByRole('rowheader')).toHaveText(skillName ?? '');
    await expect(rows.nth(index).getByRole('cell')).toHaveText(cells);
  }
}

export function commentsRegion(page: Page, t: T): Locator {
  return page.getByRole('region', { name: t('report.commentsTitle'), exact: true });
}

/** A comment list under its heading ("Strengths to keep", "Manager: things to develop", …). */
export function commentList(page: Page, t: T, headingKey: string): Locator {
  return commentsRegion(page, t)
    .getByRole('heading', { name: t(headingKey), exact: true })
    .locator('xpath=following-sibling::ul[1]');
}
