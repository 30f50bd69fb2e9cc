import { expect, type Locator, type Page } from '@playwright/test';
import {
  expectedScores,
  formatNumber,
  itemIds,
  itemNumber,
  skills,
  type Pattern,
  type Rating,
} from './instrument';
import { escapeRegExp, translator, type Lang } from './locales';

export type T = ReturnType<typeof translator>;

/** The language select in the page header (the settings page has a second one). */
export function headerLanguageSelect(page: Page, t: T): Locator {
  return page.getByRole('banner').getByRole('combobox', { name: t('language.label') });
}

/** Picks a language in the header, as a user would, and waits until the page has switched. */
export async function chooseLanguage(page: Page, from: Lang, to: Lang): Promise<void> {
  const t = translator(from);
  await headerLanguageSelect(page, t).selectOption({ label: t(`language.${to}`) });
  await expect(page.locator('html')).toHaveAttribute('lang', to);
}

export function mainHeading(page: Page, name: string): Locator {
  return page.getByRole('heading', { level: 1, name, exact: true });
}

/** The radio group of one statement, named by its legend: "8. I link each major …". */
export function itemGroup(page: Page, t: T, skillIndex: number, itemIndex: number): Locator {
  const skill = skills[skillIndex];
  const id = skill === undefined ? undefined : itemIds(skill)[itemIndex];
  if (id === undefined) throw new Error(`no item ${itemIndex} in skill ${skillIndex}`);
  const name = `${itemNumber(skillIndex, itemIndex)}. ${t(`items.${id}.self`)}`;
  return page.getByRole('group', { name, exact: true });
}

export function ratingRadio(group: Locator, t: T, rating: Rating): Locator {
  return group.getByRole('radio', { name: t(`scale.${rating}`), exact: true });
}

/** Answers the items of one step by clicking the labelled options; null items are skipped. */
export async function answerStep(
  page: Page,
  t: T,
  skillIndex: number,
  ratings: readonly (Rating | null)[],
): Promise<void> {
  for (const [itemIndex, rating] of ratings.entries()) {
    if (rating === null) continue;
    await ratingRadio(itemGroup(page, t, skillIndex, itemIndex), t, rating).check();
  }
}

/** A page's address in any language: Spanish and French pages live under /es/ and /fr/. */
export function inApp(path: string): RegExp {
  return new RegExp(`^https?://[^/]+(/es|/fr)?${escapeRegExp(path)}$`);
}

/** From the home page: "Start the self-assessment", then "Start", to the first step. */
export async function startAssessment(page: Page, t: T): Promise<void> {
  await page.getByRole('link', { name: t('home.start'), exact: true }).click();
  await expect(mainHeading(page, t('assessment.introTitle'))).toBeVisible();
  await page.getByRole('button', { name: t('assessment.start'), exact: true }).click();
  await expect(page).toHaveURL(inApp(`/assessment/${skills[0]}`));
}

/** Walks every step from the first, answering by `pattern`, and stops on the review page. */
export async function answerAll(page: Page, t: T, pattern: Pattern): Promise<void> {
  for (const [skillIndex, skill] of skills.entries()) {
    await expect(page).toHaveURL(inApp(`/assessment/${skill}`));
    await expect(mainHeading(page, t(`skills.${skill}.name`))).toBeVisible();
    await answerStep(page, t, skillIndex, pattern[skillIndex] ?? []);
    const isLast = skillIndex === skills.length - 1;
    await page
      .getByRole('button', {
        name: t(isLast ? 'assessment.toReview' : 'assessment.next'),
        exact: true,
      })
      .click();
  }
  await expect(page).toHaveURL(inApp('/assessment/review'));
  await expect(mainHeading(page, t('assessment.reviewTitle'))).toBeVisible();
}

/** On the review page: submit and wait for the new result's own address. */
export async function submitAssessment(page: Page, t: T): Promise<string> {
  await page.getByRole('button', { name: t('assessment.submit'), exact: true }).click();
  await expect(page).toHaveURL(/\/results\/[\w-]+$/);
  await expect(mainHeading(page, t('results.title'))).toBeVisible();
  const id = new URL(page.url()).pathname.split('/').pop();
  if (id === undefined) throw new Error(`no result id in ${page.url()}`);
  return id;
}

/** Scrolls to both charts (they load near the screen) and waits until both are drawn. */
export async function expectChartsDrawn(page: Page, t: T): Promise<void> {
  for (const title of [t('results.radarTitle'), t('results.barTitle')]) {
    const chart = page.getByRole('img', { name: t('results.chartAlt', { title }), exact: true });
    await expect(chart).toBeVisible();
    await chart.scrollIntoViewIfNeeded();
  }
  await expect(page.getByText(t('results.chartLoading'))).toHaveCount(0);
  await expect(page.getByText(t('results.chartFailed'))).toHaveCount(0);
}

/** Checks the overall readiness, the score table row by row, and the two charts. */
export async function expectResults(page: Page, lang: Lang, pattern: Pattern): Promise<void> {
  const t = translator(lang);
  const expected = expectedScores(pattern);
  await expect(mainHeading(page, t('results.title'))).toBeVisible();

  const overall = page.getByRole('region', { name: t('results.overall'), exact: true });
  await expect(overall.getByRole('heading', { name: t('results.overall') })).toBeVisible();
  await expect(overall).toContainText(
    t('results.overallValue', {
      index: formatNumber(expected.overall, lang),
      level: t(`levels.${expected.overallLevel}`),
    }),
  );

  const table = page.getByRole('table', { name: t('results.tableCaption'), exact: true });
  await expect(table.getByRole('columnheader')).toHaveText([
    t('results.colSkill'),
    t('results.colMean'),
    t('results.colIndex'),
    t('results.colLevel'),
    t('results.colAnswered'),
  ]);
  const rows = table.getByRole('row').filter({ has: page.getByRole('rowheader') });
  await expect(rows).toHaveCount(skills.length);
  for (const [index, score] of expected.skills.entries()) {
    const row = rows.nth(index);
    await expect(row.getByRole('rowheader')).toHaveText(t(`skills.${score.skill}.name`));
    await expect(row.getByRole('cell')).toHaveText([
      formatNumber(score.mean, lang, 2),
      formatNumber(score.index, lang),
      t(`levels.${score.level}`),
      new RegExp(`^${score.answered}\\s*/\\s*6$`),
    ]);
  }
  await expectChartsDrawn(page, t);
}

/** True when the element has the keyboard focus. */
export async function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element === document.activeElement);
}

/** Presses Tab (or Shift+Tab) until `target` has the focus; fails after `max` presses. */
export async function tabTo(
  page: Page,
  target: Locator,
  { backwards = false, max = 40 }: { backwards?: boolean; max?: number } = {},
): Promise<void> {
  for (let presses = 0; presses <= max; presses += 1) {
    if (await isFocused(target)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`focus did not reach ${target.toString()} within ${max} presses`);
}

export { escapeRegExp };

/** A date (and time) as the browser formats it for `lang`, e.g. "Jan 10, 2026, 8:15 AM". */
export async function formatDateInPage(
  page: Page,
  iso: string,
  lang: Lang,
  options: Intl.DateTimeFormatOptions,
): Promise<string> {
  return page.evaluate(
    ({ value, locale, format }) => new Intl.DateTimeFormat(locale, format).format(new Date(value)),
    { value: iso, locale: lang, format: options },
  );
}

/** The history list's format: medium date, short time. */
export async function formatDateTimeInPage(page: Page, iso: string, lang: Lang): Promise<string> {
  return formatDateInPage(page, iso, lang, { dateStyle: 'medium', timeStyle: 'short' });
}
