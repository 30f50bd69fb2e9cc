import type { Page } from '@playwright/test';
import type { T } from './app';
import { expect, type RaterCategory } from './review';

/** Raters invited by name, by the person they rate. */
export type NamedRaters = Record<string, readonly { name: string; category: RaterCategory }[]>;

/** Fills the team form (new team or people added later) and submits it; lands on the team page. */
export async function fillTeamForm(
  page: Page,
  t: T,
  people: readonly string[],
  categories: readonly RaterCategory[],
  named: NamedRaters = {},
): Promise<void> {
  await page.getByRole('textbox', { name: t('team.people') }).fill(people.join('\n'));
  for (const category of ['self', 'manager', 'peer', 'direct-report', 'other'] as const) {
    await page
      .getByRole('checkbox', { name: t(`categories.${category}`), exact: true })
      .setChecked(categories.includes(category));
  }
  for (const [person, raters] of Object.entries(named)) {
    const group = page.getByRole('group', { name: t('team.namedRatersFor', { name: person }) });
    for (const [index, rater] of raters.entries()) {
      await group.getByRole('button', { name: t('review.addRater') }).click();
      const number = index + 1;
      await group
        .getByRole('textbox', { name: t('review.raterName', { number }) })
        .fill(rater.name);
      await group
        .getByRole('combobox', { name: t('review.raterCategory', { number }) })
        .selectOption(rater.category);
    }
  }
  await page.getByRole('button', { name: t('team.create') }).click();
  await expect(page).toHaveURL(/\/reviews\/team$/);
}

/** Starts reviews for several people at once from the team page; returns to the team page. */
export async function startTeamReviews(
  page: Page,
  t: T,
  people: readonly string[],
  categories: readonly RaterCategory[],
  named: NamedRaters = {},
): Promise<void> {
  await page.goto('/reviews/team/new');
  await fillTeamForm(page, t, people, categories, named);
}

/** The team table's row for one person. */
export function teamRow(page: Page, t: T, person: string) {
  return page
    .getByRole('table', { name: t('team.rowsCaption') })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: person, exact: true }) });
}

/** The "still to answer" cell of a person's row (the third column). */
export function pendingCell(page: Page, t: T, person: string) {
  return teamRow(page, t, person).getByRole('cell').nth(1);
}

export function heatRow(page: Page, t: T, person: string) {
  return page
    .getByRole('table', { name: t('team.heat.caption') })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: person, exact: true }) });
}
