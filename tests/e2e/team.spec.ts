import { readFile } from 'node:fs/promises';
import { mainHeading } from './support/app';
import { translator } from './support/locales';
import { expect, test } from './support/review';
import { addedMessage, openResponseLink, readInvitationUrl } from './support/review-owner';
import { respond } from './support/review-rater';
import { perSkill } from './support/review-sheets';
import { fillTeamForm, heatRow, pendingCell, startTeamReviews, teamRow } from './support/team';

const t = translator('en');
const people = ['Ana Pérez', 'Bo Chen', '=Cy Diaz', 'Dee Okafor'];
const sheets = [perSkill([4, 4, 4, 4, 4]), perSkill([3, 3, 3, 3, 3]), perSkill([5, 5, 5, 5, 5])];

test('a manager starts reviews for four people at once, follows who still has to answer, reminds, and sees the team at a glance', async ({
  page,
  openBrowser,
}) => {
  // Five raters answer the whole instrument, each in a browser of their own.
  test.slow();
  await startTeamReviews(page, t, people, ['peer']);
  for (const person of people) await expect(teamRow(page, t, person)).toHaveCount(1);
  // The page's heading is the same for every team; the team's name is under it.
  await expect(mainHeading(page, t('team.title'))).toBeVisible();
  await expect(
    page.getByRole('main').getByText(t('team.defaultName'), { exact: true }),
  ).toBeVisible();

  // Ana's three peers answer; Bo has only two: his group stays under the threshold.
  const links: Record<string, string> = {};
  for (const person of ['Ana Pérez', 'Bo Chen']) {
    await page.getByRole('link', { name: person, exact: true }).click();
    links[person] = await readInvitationUrl(page, t, 'peer');
    await page.goto('/reviews/team');
  }
  const raters = await Promise.all([1, 2, 3, 4, 5].map((n) => openBrowser(`peer ${String(n)}`)));
  const plan = [
    { person: 'Ana Pérez', sheet: sheets[0] },
    { person: 'Ana Pérez', sheet: sheets[1] },
    { person: 'Ana Pérez', sheet: sheets[2] },
    { person: 'Bo Chen', sheet: sheets[2] },
    { person: 'Bo Chen', sheet: sheets[2] },
  ];
  const sealed = await Promise.all(
    plan.map(({ person, sheet }, i) =>
      respond(raters[i]?.page ?? page, links[person] ?? '', { subject: person }, sheet ?? []),
    ),
  );
  for (const [i, link] of sealed.entries()) {
    await openResponseLink(page, link);
    await expect(addedMessage(page, t, plan[i]?.person ?? '', 1)).toBeVisible();
  }

  await page.goto('/reviews/team');
  const ana = teamRow(page, t, 'Ana Pérez');
  const bo = teamRow(page, t, 'Bo Chen');
  await expect(ana).toContainText(
    t('team.groupCount', { group: t('categories.peer'), responded: 3, needed: 3 }),
  );
  await expect(ana).toContainText(t('team.next.ready'));
  await expect(bo).toContainText(
    t('team.groupCount', { group: t('categories.peer'), responded: 2, needed: 3 }),
  );
  await expect(bo).toContainText(
    t('team.next.awaiting', { count: 1, group: t('categories.peer') }),
  );

  // Bo's reminder goes to the whole peer list with the same link and the due date.
  await page.getByText(t('team.reminder.for', { name: 'Bo Chen', count: 1 })).click();
  const mail = page.getByRole('link', {
    name: t('team.reminder.mail', {
      who: t('team.reminder.group', { group: t('categories.peer') }),
    }),
  });
  const boMail = mail;
  await expect(boMail).toHaveAttribute('href', /^mailto:/);
  const href = (await boMail.getAttribute('href')) ?? '';
  const url = new URL(href);
  expect(url.searchParams.get('subject')).toBe(t('team.reminder.subject', { name: 'Bo Chen' }));
  const body = url.searchParams.get('body') ?? '';
  expect(body).toContain(links['Bo Chen']);
  expect(body).toMatch(/by .*\d{4}/);
  // The link is random base64url and may spell anything; the words around it must not name Ana.
  expect(body.replace(links['Bo Chen'] ?? '', '')).not.toContain('Ana');

  // The heat table shows Ana's figures and withholds Bo's, as his own report does.
  await expect(heatRow(page, t, 'Ana Pérez').getByRole('cell')).toHaveText([
    '75',
    '75',
    '75',
    '75',
    '75',
  ]);
  await expect(heatRow(page, t, 'Bo Chen').getByRole('cell')).toHaveText(
    Array.from({ length: 5 }, () => t('team.heat.withheld')),
  );

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: t('team.heat.csv') }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('ascent-team.csv');
  const csv = await readFile(await download.path(), 'utf8');
  const lines = csv.trim().split('\r\n');
  expect(lines).toHaveLength(people.length + 2);
  expect(lines.find((line) => line.startsWith('"Ana Pérez"'))).toBe(
    '"Ana Pérez","75","75","75","75","75"',
  );
  expect(lines.some((line) => line.startsWith(`"'=Cy Diaz"`))).toBe(true);
});

test('named raters per person: the team page names who still has to answer, also for a person added later', async ({
  page,
  openBrowser,
}) => {
  await startTeamReviews(page, t, ['Ana Pérez', 'Bo Chen'], ['peer'], {
    'Ana Pérez': [
      { name: 'Mia Rossi', category: 'peer' },
      { name: 'Noor Aziz', category: 'peer' },
    ],
  });
  await expect(pendingCell(page, t, 'Ana Pérez')).toHaveText('Mia Rossi, Noor Aziz');
  await expect(pendingCell(page, t, 'Bo Chen')).toHaveText('—');

  // Mia answers through her own link; only Noor is still to answer.
  await page.getByRole('link', { name: 'Ana Pérez', exact: true }).click();
  const miaLink = await page
    .getByRole('textbox', {
      name: t('invite.linkLabel', { who: `Mia Rossi (${t('categories.peer')})` }),
      exact: true,
    })
    .inputValue();
  const mia = await openBrowser('Mia');
  const sealed = await respond(mia.page, miaLink, { subject: 'Ana Pérez' }, sheets[0] ?? []);
  await openResponseLink(page, sealed);
  await expect(addedMessage(page, t, 'Ana Pérez', 1)).toBeVisible();
  await page.goto('/reviews/team');
  await expect(pendingCell(page, t, 'Ana Pérez')).toHaveText('Noor Aziz');

  // One more person later, the same way, from the team page: the team keeps its people.
  await page.getByRole('link', { name: t('team.addPeople') }).click();
  await expect(page.getByRole('heading', { level: 1, name: t('team.addTitle') })).toBeVisible();
  await fillTeamForm(page, t, ['Cy Diaz'], ['peer', 'manager'], {
    'Cy Diaz': [{ name: 'Lu Wang', category: 'manager' }],
  });
  await expect(pendingCell(page, t, 'Cy Diaz')).toHaveText('Lu Wang');
  await expect(pendingCell(page, t, 'Ana Pérez')).toHaveText('Noor Aziz');
  await expect(page.getByRole('status').filter({ hasText: '3' })).toHaveText(
    t('team.showing', { count: 3, total: 3 }),
  );

  // Sorting and filtering by keyboard alone.
  const filter = page.getByRole('combobox', { name: t('team.show') });
  await filter.focus();
  await page.keyboard.press('End');
  await expect(filter).toHaveValue('shared');
  await expect(page.getByText(t('team.noMatch'))).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: t('team.showEveryone') })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(teamRow(page, t, 'Cy Diaz')).toHaveCount(1);
  const sort = page.getByRole('combobox', { name: t('team.sortBy') });
  await sort.focus();
  await page.keyboard.press('End');
  await expect(sort).toHaveValue('progress');
  // Ana has one answer of three, Bo and Cy none: least answered first, then by name.
  await expect(
    page.getByRole('table', { name: t('team.rowsCaption') }).getByRole('rowheader'),
  ).toHaveText(['Bo Chen', 'Cy Diaz', 'Ana Pérez']);
});
