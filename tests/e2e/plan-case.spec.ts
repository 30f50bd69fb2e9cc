import { mainHeading } from './support/app';
import { expect, test } from './support/fixtures';
import { escapeRegExp, translator } from './support/locales';
import { emptyPlan, filledCase } from './support/plan';
import { seedState } from './support/storage';

const t = translator('en');

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

test('on screen, every row of the case shows its text in full, as wide as the row allows', async ({
  page,
}) => {
  const longWin =
    'Merge the two onboarding courses into one blended path, retire the old compliance videos and report the 40 hours a quarter it saves to the CFO';
  const advocacy = { ...filledCase, quickWins: [longWin, ...filledCase.quickWins] };
  await seedState(page, { plan: { ...emptyPlan, advocacy } });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/plan/case');
  await expect(mainHeading(page, t('plan.case.title'))).toBeVisible();
  const rowBoxes = page.getByRole('main').getByRole('group').getByRole('textbox');
  // The saved rows are drawn once the stored data is read.
  await expect(rowBoxes.first()).toBeVisible();
  const values = await rowBoxes.evaluateAll((areas) =>
    areas.map((area) => (area instanceof HTMLTextAreaElement ? area.value : '')),
  );
  expect(values).toContain(longWin);
  const clipped = await rowBoxes.evaluateAll((areas) =>
    areas.flatMap((area) =>
      area instanceof HTMLTextAreaElement && area.scrollHeight > area.clientHeight + 1
        ? [area.value]
        : [],
    ),
  );
  expect(clipped, 'row texts cut off on screen').toEqual([]);
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
