import { chooseLanguage, mainHeading } from './support/app';
import { expect, test } from './support/fixtures';
import { waitUntilControlled, waitUntilTextsCached } from './support/offline';
import { escapeRegExp, translator } from './support/locales';
import {
  actionRows,
  builtInCatalog,
  downloadedText,
  entryTitle,
  goalCard,
  isoDay,
  lowScoreReason,
  openPlan,
  planDate,
  planPattern,
  recommendationCard,
  statusSelect,
  stepCheckbox,
} from './support/plan';
import { completedAssessment, seedState } from './support/storage';

test.use({ serviceWorkers: 'allow' });

test('in French and offline after the first visit: recommendations, a goal, the case and the catalog', async ({
  page,
  context,
}) => {
  const en = translator('en');
  const t = translator('fr');
  await seedState(page, {
    assessments: [completedAssessment('plan-offline', '2026-03-01T09:00:00.000Z', planPattern)],
  });
  await page.goto('/');
  await expect(mainHeading(page, en('dashboard.title'))).toBeVisible();
  await waitUntilControlled(page);
  await chooseLanguage(page, 'en', 'fr');
  // Only English is precached: French is kept once used, which the app finishes in the background.
  await waitUntilTextsCached(page, 'fr');

  await context.setOffline(true);
  const reloaded = await page.reload();
  expect(reloaded?.fromServiceWorker(), 'the page comes from the service worker').toBe(true);
  await expect(mainHeading(page, t('dashboard.title'))).toBeVisible();

  // The plan, never opened before, loads from the cache and speaks French.
  await openPlan(page, t);
  const card = recommendationCard(page, t, 'executive-presence');
  const quickWin = entryTitle('land-a-quick-win', 'fr');
  const briefing = entryTitle('brief-senior-leaders', 'fr');
  await expect(stepCheckbox(card, quickWin)).toHaveAccessibleName(
    new RegExp(`${escapeRegExp(lowScoreReason(t, 'fr', 'executive-presence', 25))}$`),
  );
  await stepCheckbox(card, quickWin).check();
  await stepCheckbox(card, briefing).check();
  await card.getByRole('button', { name: t('plan.recommend.newGoal'), exact: true }).click();

  await expect(page).toHaveURL('/fr/plan/goals/new');
  await expect(mainHeading(page, t('plan.newGoal'))).toBeVisible();
  await expect(
    page
      .getByRole('region', { name: t('plan.acceptedActions'), exact: true })
      .getByRole('listitem'),
  ).toHaveText([quickWin, briefing]);
  const save = page.getByRole('button', { name: t('plan.saveGoal'), exact: true });
  const dateField = page.getByLabel(t('plan.targetDate'), { exact: true });
  await dateField.fill('2020-01-31');
  await save.click();
  await expect(page.getByText(t('plan.errors.whatRequired'), { exact: true })).toBeVisible();
  await expect(page.getByText(t('plan.errors.measureRequired'), { exact: true })).toBeVisible();
  await expect(page.getByText(t('plan.errors.datePast'), { exact: true })).toBeVisible();

  const what = 'Présenter les résultats de formation au comité de direction';
  const measure = 'Deux présentations, chacune avec un indicateur métier';
  const target = isoDay(45);
  await page.getByLabel(t('plan.what'), { exact: true }).fill(what);
  await page.getByLabel(t('plan.measure'), { exact: true }).fill(measure);
  await dateField.fill(target);
  await save.click();

  await expect(page).toHaveURL('/fr/plan');
  const goal = goalCard(page, t, 'executive-presence', what);
  await expect(goal.getByRole('definition')).toHaveText([
    measure,
    await planDate(page, target, 'fr'),
  ]);
  await statusSelect(goal, t, quickWin).selectOption({ label: t('plan.statuses.done') });
  const doneOn = t('plan.doneOn', { date: await planDate(page, isoDay(0), 'fr') });
  await expect(actionRows(goal).first()).toContainText(doneOn);

  // Files are made in the page, so they work offline too.
  const markdown = await downloadedText(
    page,
    page.getByRole('button', { name: t('plan.exportMarkdown'), exact: true }),
  );
  const lines = markdown.text.split('\n');
  expect(lines[0]).toBe(`# ${t('plan.title')}`);
  expect(lines).toContain(`- ${t('plan.measure')}: ${measure}`);
  expect(lines).toContain(`- [x] ${quickWin} — ${t('plan.statuses.done')}`);

  // The case for the role.
  const sections = page.getByRole('navigation', { name: t('plan.sections'), exact: true });
  await sections.getByRole('link', { name: t('plan.case.title'), exact: true }).click();
  await expect(mainHeading(page, t('plan.case.title'))).toBeVisible();
  const quickWins = page.getByRole('region', { name: t('plan.case.quickWinsTitle'), exact: true });
  await quickWins.getByRole('button', { name: t('plan.case.addQuickWin'), exact: true }).click();
  const win = 'Fusionner les deux parcours d’intégration';
  await quickWins.getByRole('textbox', { name: t('plan.case.quickWin'), exact: true }).fill(win);

  // The catalog, then a reload of it while still offline.
  await page.goBack();
  await expect(mainHeading(page, t('plan.title'))).toBeVisible();
  await sections.getByRole('link', { name: t('plan.catalog.title'), exact: true }).click();
  await expect(mainHeading(page, t('plan.catalog.title'))).toBeVisible();
  const entries = page.getByRole('main').getByRole('article');
  await expect(entries).toHaveCount(builtInCatalog.entries.length);
  await page
    .getByRole('combobox', { name: t('plan.catalog.filterType'), exact: true })
    .selectOption({ label: t('plan.catalog.types.credential') });
  const credentials = builtInCatalog.entries.filter((entry) => entry.type === 'credential');
  await expect(entries.getByRole('heading')).toHaveText(
    credentials.map((entry) => entryTitle(entry.id, 'fr')),
  );

  const again = await page.reload();
  expect(again?.fromServiceWorker()).toBe(true);
  await expect(mainHeading(page, t('plan.catalog.title'))).toBeVisible();
  await page.goto('/plan/case');
  await expect(
    page
      .getByRole('region', { name: t('plan.case.quickWinsTitle'), exact: true })
      .getByRole('textbox', { name: t('plan.case.quickWin'), exact: true }),
  ).toHaveValue(win);
  await page.goto('/plan');
  await expect(goal).toBeVisible();
  await expect(actionRows(goal).first()).toContainText(doneOn);
  await context.setOffline(false);
});
