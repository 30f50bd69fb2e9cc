import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page } from '@playwright/test';
import { builtInCatalog } from '../../../src/content/catalog';
import { localize, type Catalog, type CatalogEntry } from '../../../src/domain/plan/catalog';
import { emptyPlan, type Goal, type Plan } from '../../../src/domain/plan/plan';
import { formatDateInPage, inApp, mainHeading, type T } from './app';
import { formatNumber, type Pattern, type SkillId } from './instrument';
import { escapeRegExp, type Lang } from './locales';

export { builtInCatalog, emptyPlan };
export type { Catalog, CatalogEntry, Goal, Plan };

/**
 * Indices 25, 50, 75, 100, 50: whole numbers, so the "Because …" sentences name them as the
 * results table does. Executive presence, strategic thinking and resilience are below the 75
 * that executive readiness asks for, in that order of need.
 */
export const planPattern: Pattern = [
  [2, 2, 2, 2, 2, 2],
  [3, 3, 3, 3, 3, 3],
  [4, 4, 4, 4, 4, 4],
  [5, 5, 5, 5, 5, 5],
  [3, 3, 3, 3, 3, 3],
];

/** A calendar day `days` from today (UTC, the fixture's zone) as YYYY-MM-DD. */
export function isoDay(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** A plan date as the app shows it: the long date of that day. */
export async function planDate(page: Page, isoDate: string, lang: Lang): Promise<string> {
  return formatDateInPage(page, `${isoDate}T12:00:00Z`, lang, { dateStyle: 'long' });
}

export function skillName(t: T, skill: SkillId): string {
  return t(`skills.${skill}.name`);
}

export function entryById(id: string, catalog: Catalog = builtInCatalog): CatalogEntry {
  const entry = catalog.entries.find((candidate) => candidate.id === id);
  if (entry === undefined) throw new Error(`no catalog entry "${id}"`);
  return entry;
}

export function entryTitle(id: string, lang: Lang, catalog: Catalog = builtInCatalog): string {
  return localize(entryById(id, catalog).title, lang);
}

/** The "Because … scores N out of 100 …" sentence of a low score. */
export function lowScoreReason(t: T, lang: Lang, skill: SkillId, index: number): string {
  return t('plan.recommend.why.lowScore', {
    skill: skillName(t, skill),
    index: formatNumber(index, lang),
    target: formatNumber(75, lang),
  });
}

export async function openPlan(page: Page, t: T): Promise<void> {
  await page
    .getByRole('navigation', { name: t('app.primaryNav') })
    .getByRole('link', {
      name: t('nav.plan'),
      exact: true,
    })
    .click();
  await expect(page).toHaveURL(inApp('/plan'));
  await expect(mainHeading(page, t('plan.title'))).toBeVisible();
}

/** The recommendations of one priority skill: a card named after the skill. */
export function recommendationCard(page: Page, t: T, skill: SkillId): Locator {
  return page
    .getByRole('region', { name: t('plan.recommend.title'), exact: true })
    .getByRole('article', { name: skillName(t, skill), exact: true });
}

/** A recommended step: its checkbox is named by the whole label, which starts with the title. */
export function stepCheckbox(card: Locator, title: string): Locator {
  return card.getByRole('checkbox', { name: new RegExp(`^${escapeRegExp(title)}`) });
}

export function goalCard(page: Page, t: T, skill: SkillId, what: string): Locator {
  return page.getByRole('article', {
    name: t('format.labelled', { label: skillName(t, skill), value: what }),
    exact: true,
  });
}

/** The action rows of a goal card, in the order shown. */
export function actionRows(card: Locator): Locator {
  return card.getByRole('listitem');
}

export function statusSelect(scope: Locator | Page, t: T, action: string): Locator {
  return scope.getByRole('combobox', { name: t('plan.status', { action }), exact: true });
}

/** The "Progress" table: per row [not started, in progress, done, total]. */
export async function expectProgress(
  page: Page,
  t: T,
  goals: readonly number[],
  actions: readonly number[],
): Promise<void> {
  const table = page.getByRole('table', { name: t('plan.progressCaption'), exact: true });
  const row = (kind: 'goals' | 'actions') =>
    table.getByRole('row').filter({
      has: page.getByRole('rowheader', { name: t(`plan.progressRow.${kind}`), exact: true }),
    });
  await expect(row('goals').getByRole('cell')).toHaveText(goals.map(String));
  await expect(row('actions').getByRole('cell')).toHaveText(actions.map(String));
}

/** Clicks a button that downloads a file and returns the file's text. */
export async function downloadedText(
  page: Page,
  button: Locator,
): Promise<{ name: string; text: string }> {
  const downloading = page.waitForEvent('download');
  await button.click();
  const download = await downloading;
  const text = await readFile(await download.path(), 'utf8');
  return { name: download.suggestedFilename(), text };
}

/** A plan with one goal, for the pages whose look (not whose flow) a test is about. */
export function planWithGoal(goal: Partial<Goal> = {}): Plan {
  return {
    ...emptyPlan,
    goals: [
      {
        id: 'seeded-goal',
        skill: 'executive-presence',
        what: 'Present the quarterly learning results to the executive team',
        measure: 'Two programs reported with a business metric',
        targetDate: isoDay(90),
        createdAt: new Date().toISOString(),
        archivedAt: null,
        actions: [
          {
            id: 'seeded-goal-1',
            title: entryTitle('land-a-quick-win', 'en'),
            catalogId: 'land-a-quick-win',
            status: 'done',
            notes: 'Merged two onboarding courses.',
            dueDate: isoDay(-10),
            doneAt: isoDay(-12),
          },
          {
            id: 'seeded-goal-2',
            title: entryTitle('brief-senior-leaders', 'en'),
            catalogId: 'brief-senior-leaders',
            status: 'in-progress',
            notes: '',
            dueDate: isoDay(30),
            doneAt: null,
          },
          {
            id: 'seeded-goal-3',
            title: 'Ask for feedback after each briefing',
            catalogId: null,
            status: 'not-started',
            notes: '',
            dueDate: isoDay(-1),
            doneAt: null,
          },
        ],
        ...goal,
      },
    ],
  };
}

/** The case for the role filled in: one row in every list and all three answers. */
export const filledCase: Plan['advocacy'] = {
  portfolio: [
    {
      program: 'New-manager onboarding',
      owner: 'HR operations',
      overlap: 'Repeats the leadership basics course',
      gaps: 'Nothing on budgeting',
    },
  ],
  quickWins: ['Merge the two onboarding courses and save 40 hours a quarter'],
  objectives: [
    {
      objective: 'Cut regretted attrition in sales',
      programs: 'Sales-manager coaching circle',
      metric: 'Twelve-month retention of new sellers',
    },
  ],
  allies: [{ name: 'Dana Ruiz', role: 'CFO, sponsor', kind: 'ally' }],
  objections: {
    needAnother:
      'The role takes learning decisions off the desks of five vice presidents and gives them one accountable owner.',
    notReady:
      'Ready means a portfolio review, two quick wins and one sponsor; all three can be in place by the end of the year.',
    value:
      'The portfolio review found 40 hours a quarter of duplicated training and a metric for every program we keep.',
  },
};
