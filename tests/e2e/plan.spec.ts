import ICAL from 'ical.js';
import type { Page } from '@playwright/test';
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
  builtInCatalog,
  downloadedText,
  emptyPlan,
  entryTitle,
  filledCase,
  expectProgress,
  goalCard,
  isoDay,
  lowScoreReason,
  openPlan,
  planDate,
  planPattern,
  planWithGoal,
  recommendationCard,
  statusSelect,
  stepCheckbox,
  type Catalog,
} from './support/plan';
import { expectNoAxeViolations } from './support/review';
import { completedAssessment, readStorage, seedState } from './support/storage';

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

test('the case for the role is kept as typed and prints as a one-page brief', async ({ page }) => {
  await page.goto('/plan');
  await page
    .getByRole('navigation', { name: t('plan.sections'), exact: true })
    .getByRole('link', { name: t('plan.case.title'), exact: true })
    .click();
  await expect(page).toHaveURL('/plan/case');
  await expect(mainHeading(page, t('plan.case.title'))).toBeVisible();

  const section = (title: string) => page.getByRole('region', { name: title, exact: true });
  const add = async (title: string, label: string) => {
    await section(title).getByRole('button', { name: label, exact: true }).click();
  };
  const row = (title: string, name: string) =>
    section(title).getByRole('group', { name, exact: true });
  const objection = (key: 'needAnother' | 'notReady' | 'value') =>
    page.getByRole('textbox', {
      name: new RegExp(`^${escapeRegExp(t(`plan.case.objections.${key}`))}`),
    });

  const [program] = filledCase.portfolio;
  const [objective] = filledCase.objectives;
  const [ally] = filledCase.allies;
  const [win] = filledCase.quickWins;
  if (!program || !objective || !ally || win === undefined) throw new Error('incomplete case');
  const fields: { title: string; add: string; row: string; values: [string, string][] }[] = [
    {
      title: t('plan.case.portfolioTitle'),
      add: t('plan.case.addProgram'),
      row: t('plan.case.programRow', { number: 1 }),
      values: [
        [t('plan.case.program'), program.program],
        [t('plan.case.owner'), program.owner],
        [t('plan.case.overlap'), program.overlap],
        [t('plan.case.gaps'), program.gaps],
      ],
    },
    {
      title: t('plan.case.quickWinsTitle'),
      add: t('plan.case.addQuickWin'),
      row: t('plan.case.quickWinRow', { number: 1 }),
      values: [[t('plan.case.quickWin'), win]],
    },
    {
      title: t('plan.case.objectivesTitle'),
      add: t('plan.case.addObjective'),
      row: t('plan.case.objectiveRow', { number: 1 }),
      values: [
        [t('plan.case.objective'), objective.objective],
        [t('plan.case.programs'), objective.programs],
        [t('plan.case.metric'), objective.metric],
      ],
    },
    {
      title: t('plan.case.alliesTitle'),
      add: t('plan.case.addAlly'),
      row: t('plan.case.allyRow', { number: 1 }),
      values: [
        [t('plan.case.allyName'), ally.name],
        [t('plan.case.allyRole'), ally.role],
      ],
    },
  ];
  for (const part of fields) {
    await add(part.title, part.add);
    for (const [label, value] of part.values) {
      await row(part.title, part.row)
        .getByRole('textbox', { name: label, exact: true })
        .fill(value);
    }
  }
  const objectionKeys = ['needAnother', 'notReady', 'value'] as const;
  for (const key of objectionKeys) await objection(key).fill(filledCase.objections[key]);

  await page.reload();
  await expect(mainHeading(page, t('plan.case.title'))).toBeVisible();
  for (const part of fields) {
    await expect(section(part.title).getByRole('group')).toHaveCount(1);
    for (const [label, value] of part.values) {
      await expect(
        row(part.title, part.row).getByRole('textbox', { name: label, exact: true }),
      ).toHaveValue(value);
    }
  }
  for (const key of objectionKeys)
    await expect(objection(key)).toHaveValue(filledCase.objections[key]);

  // Printed: no header, navigation, footer or buttons, and a single page.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('navigation', { name: t('app.primaryNav') })).toBeHidden();
  await expect(page.getByRole('contentinfo')).toBeHidden();
  await expect(page.getByRole('button', { name: t('plan.case.print') })).toBeHidden();
  await expect(page.getByRole('button', { name: t('plan.case.addProgram') })).toBeHidden();
  await expect(mainHeading(page, t('plan.case.title'))).toBeVisible();
  await expect(objection('value')).toBeVisible();

  for (const format of ['A4', 'Letter'] as const) {
    const pdf = (await page.pdf({ format, printBackground: true })).toString('latin1');
    const pages = pdf.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? [];
    expect(pages, `pages of the ${format} brief`).toHaveLength(1);
  }
});

test('printed, the brief shows every answer in full', async ({ page }) => {
  await seedState(page, { plan: { ...emptyPlan, advocacy: filledCase } });
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.goto('/plan/case');
  await expect(mainHeading(page, t('plan.case.title'))).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  const clipped = await page
    .getByRole('main')
    .getByRole('textbox')
    .evaluateAll((areas) =>
      areas.flatMap((area) =>
        area instanceof HTMLTextAreaElement && area.scrollHeight > area.clientHeight + 1
          ? [area.value]
          : [],
      ),
    );
  expect(clipped, 'answers cut off in the printout').toEqual([]);
});

/** An organization's own catalog: one experience and one course, both for executive presence. */
const orgCatalog: Catalog = {
  version: 'acme-2026.2',
  entries: [
    {
      id: 'acme-board-briefing',
      type: 'experience',
      title: { en: 'Brief the Acme board on one learning investment' },
      summary: { en: 'Take ten minutes of a board meeting to present one program and its result.' },
      provider: null,
      skills: ['executive-presence'],
      level: 'foundational',
      effort: null,
      format: null,
      prerequisites: null,
      url: null,
    },
    {
      id: 'acme-presence-workshop',
      type: 'course',
      title: { en: 'Acme Academy presence workshop' },
      summary: { en: 'Two days of practice speaking to senior audiences, with video feedback.' },
      provider: 'Acme Academy',
      skills: ['executive-presence', 'strategic-thinking'],
      level: 'foundational',
      effort: { en: 'Two days' },
      format: { en: 'In person' },
      prerequisites: null,
      url: 'https://academy.example.com/presence',
    },
  ],
};

function catalogFile(name: string, catalog: unknown) {
  return { name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(catalog)) };
}

/** The same catalog with one field of the first entry changed. */
function brokenCatalog(field: string, value: unknown): unknown {
  const [first, ...rest] = orgCatalog.entries;
  return { ...orgCatalog, entries: [{ ...first, [field]: value }, ...rest] };
}

test('the catalog filters by skill and type, takes an organization catalog and refuses bad files', async ({
  page,
}) => {
  await seedState(page, {
    assessments: [completedAssessment('plan-catalog', '2026-03-01T09:00:00.000Z', planPattern)],
  });
  await page.goto('/plan/catalog');
  await expect(mainHeading(page, t('plan.catalog.title'))).toBeVisible();
  const entries = page.getByRole('main').getByRole('article');
  const count = page.getByRole('status').filter({ hasText: /^\d+ entr/ });
  const all = builtInCatalog.entries;
  await expect(entries).toHaveCount(all.length);
  await expect(count).toHaveText(t('plan.catalog.count', { count: all.length }));

  // Filters narrow the list.
  const skillFilter = page.getByRole('combobox', {
    name: t('plan.catalog.filterSkill'),
    exact: true,
  });
  const typeFilter = page.getByRole('combobox', {
    name: t('plan.catalog.filterType'),
    exact: true,
  });
  const forPresence = all.filter((entry) => entry.skills.includes('executive-presence'));
  await skillFilter.selectOption({ label: t('skills.executive-presence.name') });
  await expect(entries).toHaveCount(forPresence.length);
  await expect(count).toHaveText(t('plan.catalog.count', { count: forPresence.length }));
  expect(forPresence.length).toBeLessThan(all.length);
  for (const entry of forPresence.slice(0, 3)) {
    await expect(
      entries.filter({ has: page.getByRole('heading', { name: entryTitle(entry.id, 'en') }) }),
    ).toContainText(t('skills.executive-presence.name'));
  }
  const relationships = forPresence.filter((entry) => entry.type === 'relationship');
  await typeFilter.selectOption({ label: t('plan.catalog.types.relationship') });
  await expect(entries).toHaveCount(relationships.length);
  await expect(entries.getByRole('heading')).toHaveText(
    relationships.map((entry) => entryTitle(entry.id, 'en')),
  );
  await skillFilter.selectOption({ label: t('plan.catalog.all') });
  await typeFilter.selectOption({ label: t('plan.catalog.all') });
  await expect(entries).toHaveCount(all.length);

  // An organization's catalog replaces the built-in one.
  const importButton = page.getByLabel(t('plan.catalog.import'), { exact: true });
  await page.getByRole('radio', { name: t('plan.catalog.replace'), exact: true }).check();
  await importButton.setInputFiles(catalogFile('acme.json', orgCatalog));
  await expect(
    page.getByRole('status').filter({ hasText: t('plan.catalog.imported', { count: 2 }) }),
  ).toBeVisible();
  const orgTitles = orgCatalog.entries.map((entry) => entry.title.en);
  await expect(entries.getByRole('heading')).toHaveText(orgTitles);
  await expect(
    page.getByText(t('plan.catalog.current', { count: 2, version: orgCatalog.version })),
  ).toBeVisible();
  await expect(
    page.getByRole('link', { name: t('plan.catalog.officialSite', { title: orgTitles[1] ?? '' }) }),
  ).toHaveAttribute('href', 'https://academy.example.com/presence');

  // The recommendations draw on it.
  await page.goto('/plan');
  const presence = recommendationCard(page, t, 'executive-presence');
  await expect(presence.getByRole('checkbox')).toHaveCount(2);
  for (const title of orgTitles) await expect(stepCheckbox(presence, title)).toBeVisible();
  await expect(stepCheckbox(presence, entryTitle('land-a-quick-win', 'en'))).toHaveCount(0);

  // Files that do not match are refused, and nothing changes.
  await page.goto('/plan/catalog');
  await expect(entries.getByRole('heading')).toHaveText(orgTitles);
  const before = await readStorage(page);
  const invalidMessage = (path: string, problem: 'not-allowed' | 'not-https') =>
    new RegExp(
      `^${escapeRegExp(`${t('plan.catalog.errors.invalid', { detail: path })} ${t(`files.problems.${problem}`)}`)}$`,
    );
  const refusals: { file: ReturnType<typeof catalogFile>; message: RegExp }[] = [
    {
      file: catalogFile('wrong-type.json', brokenCatalog('type', 'webinar')),
      message: invalidMessage('entries.0.type', 'not-allowed'),
    },
    {
      file: catalogFile('plain-http.json', brokenCatalog('url', 'http://academy.example.com/x')),
      message: invalidMessage('entries.0.url', 'not-https'),
    },
    {
      file: catalogFile('script.json', brokenCatalog('url', 'javascript:alert(1)')),
      message: invalidMessage('entries.0.url', 'not-https'),
    },
    {
      file: { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{ nope') },
      message: new RegExp(`^${escapeRegExp(t('plan.catalog.errors.not-json'))}$`),
    },
  ];
  for (const refusal of refusals) {
    await importButton.setInputFiles(refusal.file);
    await expect(page.getByRole('alert')).toHaveText(refusal.message);
    await expect(entries.getByRole('heading')).toHaveText(orgTitles);
    expect(await readStorage(page)).toEqual(before);
  }
  // Back to the built-in catalog.
  await page.getByRole('button', { name: t('plan.catalog.useBuiltIn'), exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: t('plan.catalog.reset') })).toBeVisible();
  await expect(entries).toHaveCount(all.length);
  await expect(
    page.getByText(t('plan.catalog.current', { count: 2, version: orgCatalog.version })),
  ).toHaveCount(0);
  await page.reload();
  await expect(entries).toHaveCount(all.length);
  await page.goto('/plan');
  await expect(stepCheckbox(presence, entryTitle('land-a-quick-win', 'en'))).toBeVisible();
});

/* ------------------------------------------------------------------------------------------ */
/* Accessibility and layout, on seeded plans.                                                  */
/* ------------------------------------------------------------------------------------------ */

const seededResult = completedAssessment('plan-a11y', '2026-03-01T09:00:00.000Z', planPattern);

interface PlanScreen {
  name: string;
  open: (page: Page) => Promise<void>;
}

const planScreens: PlanScreen[] = [
  {
    name: 'the plan with recommendations and no goal',
    open: async (page) => {
      await seedState(page, { assessments: [seededResult] });
      await page.goto('/plan');
      await expect(recommendationCard(page, t, 'executive-presence')).toBeVisible();
      await expect(page.getByText(t('plan.noGoals'), { exact: true })).toBeVisible();
    },
  },
  {
    name: 'the plan with a goal, a finished, an overdue and an archived one',
    open: async (page) => {
      const plan = planWithGoal();
      const [goal] = plan.goals;
      if (goal === undefined) throw new Error('no seeded goal');
      const archived = {
        ...goal,
        id: 'archived-goal',
        what: 'An old goal',
        archivedAt: goal.createdAt,
      };
      await seedState(page, {
        assessments: [seededResult],
        plan: { ...plan, goals: [goal, archived] },
      });
      await page.goto('/plan');
      const card = goalCard(page, t, goal.skill, goal.what);
      await expect(card.getByText(t('plan.overdue'), { exact: true })).toBeVisible();
      await page.getByText(t('plan.archived', { count: 1 }), { exact: true }).click();
      await expect(goalCard(page, t, goal.skill, archived.what)).toBeVisible();
    },
  },
  {
    name: 'a new goal with every error shown',
    open: async (page) => {
      await page.goto('/plan/goals/new');
      await page.getByLabel(t('plan.targetDate'), { exact: true }).fill('');
      await page.getByRole('button', { name: t('plan.saveGoal'), exact: true }).click();
      await expect(page.getByText(t('plan.errors.dateRequired'), { exact: true })).toBeVisible();
    },
  },
  {
    name: 'the case for the role, filled in',
    open: async (page) => {
      await seedState(page, { plan: { ...emptyPlan, advocacy: filledCase } });
      await page.goto('/plan/case');
      await expect(mainHeading(page, t('plan.case.title'))).toBeVisible();
      await expect(
        page.getByRole('group', { name: t('plan.case.allyRow', { number: 1 }) }),
      ).toBeVisible();
    },
  },
  {
    name: 'the catalog',
    open: async (page) => {
      await page.goto('/plan/catalog');
      await expect(page.getByRole('main').getByRole('article')).toHaveCount(
        builtInCatalog.entries.length,
      );
    },
  },
];

for (const screen of planScreens) {
  test(`axe finds no WCAG 2.2 AA violation on ${screen.name}, light and dark`, async ({ page }) => {
    await screen.open(page);
    await expectNoAxeViolations(page, screen.name);
  });
}

test.describe('on a 360 px wide phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('no plan page scrolls sideways', async ({ page }) => {
    const tooWide: Record<string, number> = {};
    for (const screen of planScreens) {
      await screen.open(page);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 360) tooWide[screen.name] = width;
    }
    expect(tooWide, 'pages wider than the 360 px screen').toEqual({});
  });
});
