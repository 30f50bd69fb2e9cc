import type { Page } from '@playwright/test';
import type { T } from './app';
import { expect, type RaterCategory } from './review';

/** Starts reviews for several people at once from the team page; returns to the team page. */
export async function startTeamReviews(
  page: Page,
  t: T,
  people: readonly string[],
  categories: readonly RaterCategory[],
): Promise<void> {
  await page.goto('/reviews/team/new');
  await page.getByRole('textbox', { name: t('team.people') }).fill(people.join('\n'));
  for (const category of ['self', 'manager', 'peer', 'direct-report', 'other'] as const) {
    await page
      .getByRole('checkbox', { name: t(`categories.${category}`), exact: true })
      .setChecked(categories.includes(category));
  }
  await page.getByRole('button', { name: t('team.create') }).click();
  await expect(page).toHaveURL(/\/reviews\/team$/);
}

/** The team table's row for one person. */
export function teamRow(page: Page, t: T, person: string) {
  return page
    .getByRole('table', { name: t('team.rowsCaption') })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: person, exact: true }) });
}

export function heatRow(page: Page, t: T, person: string) {
  return page
    .getByRole('table', { name: t('team.heat.caption') })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: person, exact: true }) });
}
