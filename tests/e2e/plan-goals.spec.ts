import ICAL from 'ical.js';
import {
  answerAll,
  expectResults,
  mainHeading,
  startAssessment,
  submitAssessment,
} from './support/app';
import { expect, test } from './support/fixtures';
import { expectedScores } from './support/instrument';
import { escapeRegExp, translator } from './support/locales';
import {
  actionRows,
  downloadedText,
  entryTitle,
  expectProgress,
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
import { readStorage } from './support/storage';

const t = translator('en');

const what = 'Brief the executive team on learning results every quarter';
const measure = 'Two briefings held with a business metric each';
const newMeasure = 'Three briefings held, each tied to a metric the CFO tracks';
const customAction = 'Rehearse each briefing with my mentor';
const quickWin = entryTitle('land-a-quick-win', 'en');
const briefing = entryTitle('brief-senior-leaders', 'en');

/** ICAL.parse returns jCal typed as any; narrowing to an array keeps the test honest. */
function parseCalendar(text: string): ICAL.Component {
  const jcal: unknown = ICAL.parse(text);
  if (!Array.isArray(jcal)) throw new Error('expected one calendar');
  return new ICAL.Component(jcal);
}

test('from a result to a tracked goal: accept steps, edit, finish, reorder, archive, export, reload', async ({
  page,
}) => {
  const scores = expectedScores(planPattern);
  const presence = scores.skills[0];
  if (presence === undefined) throw new Error('no score for executive presence');

  // The self-assessment, taken as a user takes it.
  await page.goto('/');
  await startAssessment(page, t);
  await answerAll(page, t, planPattern);
  await submitAssessment(page, t);
  await expectResults(page, 'en', planPattern);

  // The plan recommends steps for the lowest skill, saying why with the score.
  await openPlan(page, t);
  const card = recommendationCard(page, t, 'executive-presence');
  await expect(card).toBeVisible();
  const reason = lowScoreReason(t, 'en', 'executive-presence', presence.index);
  await expect(stepCheckbox(card, quickWin)).toHaveAccessibleName(
    new RegExp(`${escapeRegExp(reason)}$`),
  );
  const makeGoal = card.getByRole('button', { name: t('plan.recommend.newGoal'), exact: true });
  await expect(makeGoal).toBeDisabled();
  await stepCheckbox(card, quickWin).check();
  await stepCheckbox(card, briefing).check();
  await makeGoal.click();

  // The new goal lists the ticked steps and takes the skill along.
  await expect(page).toHaveURL('/plan/goals/new');
  await expect(mainHeading(page, t('plan.newGoal'))).toBeVisible();
  const accepted = page.getByRole('region', { name: t('plan.acceptedActions'), exact: true });
  await expect(accepted.getByRole('listitem')).toHaveText([quickWin, briefing]);
  await expect(page.getByLabel(t('plan.skill'), { exact: true })).toHaveValue('executive-presence');
  const target = isoDay(60);
  await page.getByLabel(t('plan.what'), { exact: true }).fill(what);
  await page.getByLabel(t('plan.measure'), { exact: true }).fill(measure);
  await page.getByLabel(t('plan.targetDate'), { exact: true }).fill(target);
  await page.getByRole('button', { name: t('plan.saveGoal'), exact: true }).click();

  await expect(page).toHaveURL('/plan');
  const goal = goalCard(page, t, 'executive-presence', what);
  await expect(goal).toBeVisible();
  await expect(goal.getByRole('definition')).toHaveText([
    measure,
    await planDate(page, target, 'en'),
  ]);
  await expect(actionRows(goal)).toHaveText([
    new RegExp(`^${escapeRegExp(quickWin)}`),
    new RegExp(`^${escapeRegExp(briefing)}`),
  ]);
  await expectProgress(page, t, [1, 0, 0, 1], [2, 0, 0, 2]);

  // Edit the goal: a better measure.
  await goal.getByRole('button', { name: t('plan.editGoal', { goal: what }), exact: true }).click();
  await goal.getByLabel(t('plan.measure'), { exact: true }).fill(newMeasure);
  await goal.getByRole('button', { name: t('plan.saveGoal'), exact: true }).click();
  await expect(goal.getByRole('definition').first()).toHaveText(newMeasure);

  // Finish one action: the day is recorded and shown.
  await statusSelect(goal, t, quickWin).selectOption({ label: t('plan.statuses.done') });
  const doneOn = t('plan.doneOn', { date: await planDate(page, isoDay(0), 'en') });
  await expect(actionRows(goal).first()).toContainText(doneOn);
  await expectProgress(page, t, [0, 1, 0, 1], [1, 0, 1, 2]);

  // One action of the person's own, moved up one place.
  await goal.getByLabel(t('plan.newAction', { goal: what }), { exact: true }).fill(customAction);
  await goal.getByRole('button', { name: t('plan.addAction'), exact: true }).click();
  await expect(actionRows(goal)).toHaveCount(3);
  await goal
    .getByRole('button', { name: t('plan.moveUp', { item: customAction }), exact: true })
    .click();
  const order = [quickWin, customAction, briefing].map(
    (title) => new RegExp(`^${escapeRegExp(title)}`),
  );
  await expect(actionRows(goal)).toHaveText(order);
  await expectProgress(page, t, [0, 1, 0, 1], [2, 0, 1, 3]);

  // Archive, then restore.
  await goal
    .getByRole('button', { name: t('plan.archiveGoal', { goal: what }), exact: true })
    .click();
  await expect(page.getByText(t('plan.noGoals'), { exact: true })).toBeVisible();
  await expect(goal).toBeHidden();
  await expectProgress(page, t, [0, 0, 0, 0], [0, 0, 0, 0]);
  await page.getByText(t('plan.archived', { count: 1 }), { exact: true }).click();
  await goal
    .getByRole('button', { name: t('plan.restoreGoal', { goal: what }), exact: true })
    .click();
  await expect(page.getByText(t('plan.noGoals'), { exact: true })).toHaveCount(0);
  await expect(page.getByText(t('plan.archived', { count: 1 }), { exact: true })).toHaveCount(0);
  await expect(goal).toBeVisible();
  await expectProgress(page, t, [0, 1, 0, 1], [2, 0, 1, 3]);

  // Markdown: the goal, its measure and the finished action ticked.
  const exports = page.getByRole('region', { name: t('plan.exportsTitle'), exact: true });
  const markdown = await downloadedText(
    page,
    exports.getByRole('button', { name: t('plan.exportMarkdown'), exact: true }),
  );
  expect(markdown.name).toBe(`ascent-plan-${isoDay(0)}.md`);
  const lines = markdown.text.split('\n');
  expect(lines[0]).toBe(`# ${t('plan.title')}`);
  expect(lines).toContain(`## ${t('skills.executive-presence.name')}`);
  expect(lines).toContain(`### ${what}`);
  expect(lines).toContain(`- ${t('plan.measure')}: ${newMeasure}`);
  expect(lines).toContain(`- [x] ${quickWin} — ${t('plan.statuses.done')}`);
  expect(lines).toContain(`- [ ] ${customAction} — ${t('plan.statuses.not-started')}`);
  expect(lines).toContain(`- [ ] ${briefing} — ${t('plan.statuses.not-started')}`);

  // The calendar: RFC 5545 text with an all-day event on the target date.
  const calendar = await downloadedText(
    page,
    exports.getByRole('button', { name: t('plan.exportCalendar'), exact: true }),
  );
  expect(calendar.name).toBe(`ascent-plan-${isoDay(0)}.ics`);
  const ics = calendar.text;
  expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  expect(ics, 'every line ends in CRLF').not.toMatch(/[^\r]\n|\r[^\n]/);
  const compact = target.replace(/-/g, '');
  expect(ics).toMatch(
    new RegExp(`BEGIN:VEVENT\\r\\n(?:(?!END:VEVENT).*\\r\\n)*?DTSTART;VALUE=DATE:${compact}\\r\\n`),
  );
  const events = parseCalendar(ics)
    .getAllSubcomponents('vevent')
    .map((component) => new ICAL.Event(component));
  const goalEvent = events.find((event) => event.startDate.toString() === target);
  expect(goalEvent?.summary).toBe(
    t('plan.calendar.goalSummary', { what, skill: t('skills.executive-presence.name') }),
  );
  expect(goalEvent?.description).toBe(t('plan.calendar.goalDescription', { measure: newMeasure }));
  expect(goalEvent?.startDate.isDate).toBe(true);

  // Everything is still there after a reload.
  await page.reload();
  await expect(mainHeading(page, t('plan.title'))).toBeVisible();
  await expect(goal.getByRole('definition')).toHaveText([
    newMeasure,
    await planDate(page, target, 'en'),
  ]);
  await expect(actionRows(goal)).toHaveText(order);
  await expect(actionRows(goal).first()).toContainText(doneOn);
  await expect(statusSelect(goal, t, quickWin)).toHaveValue('done');
  await expectProgress(page, t, [0, 1, 0, 1], [2, 0, 1, 3]);
});

test('a goal needs what, a measure and a future date; each missing part is named', async ({
  page,
}) => {
  await page.goto('/plan/goals/new');
  await expect(mainHeading(page, t('plan.newGoal'))).toBeVisible();
  const whatField = page.getByLabel(t('plan.what'), { exact: true });
  const measureField = page.getByLabel(t('plan.measure'), { exact: true });
  const dateField = page.getByLabel(t('plan.targetDate'), { exact: true });
  const save = page.getByRole('button', { name: t('plan.saveGoal'), exact: true });

  // Nothing filled in (the suggested date removed too).
  await dateField.fill('');
  await save.click();
  await expect(page.getByText(t('plan.errors.whatRequired'), { exact: true })).toBeVisible();
  await expect(page.getByText(t('plan.errors.measureRequired'), { exact: true })).toBeVisible();
  await expect(page.getByText(t('plan.errors.dateRequired'), { exact: true })).toBeVisible();
  await expect(whatField).toHaveAttribute('aria-invalid', 'true');
  await expect(whatField).toHaveAccessibleDescription(
    `${t('plan.whatHint')} ${t('plan.errors.whatRequired')}`,
  );
  await expect(measureField).toHaveAccessibleDescription(
    `${t('plan.measureHint')} ${t('plan.errors.measureRequired')}`,
  );
  await expect(dateField).toHaveAccessibleDescription(t('plan.errors.dateRequired'));
  await expect(whatField).toBeFocused();

  // Blank text counts as empty; a past date and today are refused.
  await whatField.fill('   ');
  await measureField.fill(measure);
  await dateField.fill('2020-01-31');
  await save.click();
  await expect(page.getByText(t('plan.errors.whatRequired'), { exact: true })).toBeVisible();
  await expect(page.getByText(t('plan.errors.measureRequired'), { exact: true })).toHaveCount(0);
  await expect(page.getByText(t('plan.errors.datePast'), { exact: true })).toBeVisible();
  await expect(dateField).toHaveAttribute('aria-invalid', 'true');
  await whatField.fill(what);
  await dateField.fill(isoDay(0));
  await save.click();
  await expect(page.getByText(t('plan.errors.whatRequired'), { exact: true })).toHaveCount(0);
  await expect(page.getByText(t('plan.errors.datePast'), { exact: true })).toBeVisible();
  await expect(page).toHaveURL('/plan/goals/new');
  const stored = await readStorage(page);
  expect(JSON.stringify(stored)).not.toContain(what);

  // Tomorrow is in the future.
  await dateField.fill(isoDay(1));
  await save.click();
  await expect(page).toHaveURL('/plan');
  const goal = goalCard(page, t, 'executive-presence', what);
  await expect(goal).toBeVisible();
  await expect(goal.getByText(t('plan.noActions'), { exact: true })).toBeVisible();
});
