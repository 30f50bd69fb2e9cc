import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { itemGroup, mainHeading, ratingRadio } from './support/app';
import { expect, test } from './support/fixtures';
import { itemIds, mixedPattern, skills } from './support/instrument';
import { translator } from './support/locales';
import { downloadedText, goalCard, planWithGoal, statusSelect } from './support/plan';
import { addedMessage, invitationCard } from './support/review-owner';
import { seededReview } from './support/review-seed';
import { perSkill } from './support/review-sheets';
import {
  DATA_KEY,
  QUARANTINE_PREFIX,
  completedAssessment,
  draftAssessment,
  persistedText,
  readStorage,
  seedRaw,
  seedState,
} from './support/storage';
import {
  IMPORT_HELD,
  holdNextImport,
  installDeafness,
  installImportHold,
  fillQuota,
  freeQuota,
  readAppStorage,
  responseLink,
  setDeaf,
  readSavedState,
} from './support/storage-faults';

const t = translator('en');

test('a reload in the middle of a 360 import keeps the earlier responses and adds the new one once', async ({
  page,
  baseURL,
}) => {
  const subject = 'Noor Haddad';
  const review = await seededReview({
    subject,
    ownerRole: 'subject',
    categories: ['peer'],
    responses: [
      { category: 'peer', sheet: perSkill([4, 3, 4, 2, 5]) },
      { category: 'peer', sheet: perSkill([3, 3, 5, 2, 4]) },
    ],
  });
  const link = await responseLink(baseURL ?? '', review, 'peer', perSkill([5, 4, 4, 3, 4]));
  await installImportHold(page);
  await seedState(page, { reviews: [review] });
  const seeded = (await readStorage(page))[DATA_KEY];

  // Pasted but not yet added, then reloaded: nothing was imported, nothing changed.
  await page.goto('/collect');
  const box = page.getByRole('textbox', { name: t('collect.pasteLabel'), exact: true });
  await box.fill(link.url);
  await page.reload();
  await expect(mainHeading(page, t('collect.title'))).toBeVisible();
  await expect(box).toHaveValue('');
  expect((await readStorage(page))[DATA_KEY]).toBe(seeded);

  // Opened, and reloaded while the response is being opened: the reload finishes the import.
  await holdNextImport(page);
  const held = page.waitForEvent('console', (message) => message.text() === IMPORT_HELD);
  await page.goto(link.url);
  await held;
  expect((await readStorage(page))[DATA_KEY]).toBe(seeded);
  await page.reload();
  await expect(addedMessage(page, t, subject, 1)).toBeVisible();
  await expect(page).toHaveURL(/\/collect$/);
  const [imported] = (await readSavedState(page)).reviews;
  expect(imported?.responses.slice(0, 2)).toEqual(review.responses);
  expect(imported?.responses.map((received) => received.response.responseId)).toEqual([
    ...review.responses.map((received) => received.response.responseId),
    link.responseId,
  ]);
  const afterImport = (await readStorage(page))[DATA_KEY];

  // Reloaded after it was added, then the same link opened again: counted once.
  await page.reload();
  await expect(mainHeading(page, t('collect.title'))).toBeVisible();
  await expect(addedMessage(page, t, subject, 1)).toHaveCount(0);
  await page.goto(link.url);
  await expect(
    page.getByRole('status').filter({ hasText: t('collect.duplicate', { name: subject }) }),
  ).toBeVisible();
  expect((await readStorage(page))[DATA_KEY]).toBe(afterImport);

  await page.goto(`/reviews/${review.id}`);
  await expect(invitationCard(page, t, 'peer')).toContainText(t('invite.received', { count: 3 }));
});

test('two tabs change the plan and the assessment at once, and both changes stay', async ({
  page,
  context,
}) => {
  const plan = planWithGoal();
  const [goal] = plan.goals;
  const [, briefing, feedback] = goal?.actions ?? [];
  if (!goal || !briefing || !feedback) throw new Error('the seeded plan has changed');
  await seedState(page, {
    draft: draftAssessment(mixedPattern.slice(0, 1), skills[1]),
    plan,
  });
  const planTab = page;
  const assessmentTab = await context.newPage();
  await installDeafness(assessmentTab);
  await planTab.goto('/plan');
  await assessmentTab.goto(`/assessment/${skills[1]}`);
  await expect(mainHeading(assessmentTab, t(`skills.${skills[1]}.name`))).toBeVisible();
  const card = goalCard(planTab, t, goal.skill, goal.what);

  // Chromium gives each tab's process its own copy of localStorage and updates it a moment after
  // another tab writes; a person switching tabs is slower than that, so the test waits for it.
  const statusIn = (tab: Page, actionId: string) => async () =>
    (await readSavedState(tab)).plan.goals[0]?.actions.find(({ id }) => id === actionId)?.status;
  const answerIn = (tab: Page, itemId: string) => async () =>
    (await readSavedState(tab)).draft?.answers[itemId];
  const [first = '', second = ''] = itemIds(skills[1]);

  // One change after the other, as a person switching between the tabs makes them.
  await statusSelect(card, t, feedback.title).selectOption({
    label: t('plan.statuses.in-progress'),
  });
  await expect.poll(statusIn(assessmentTab, feedback.id)).toBe('in-progress');
  await ratingRadio(itemGroup(assessmentTab, t, 1, 0), t, 4).check();
  await expect.poll(answerIn(planTab, first)).toBe(4);

  // At once: the assessment tab changes something before it hears of the plan tab's change.
  await setDeaf(assessmentTab, true);
  await statusSelect(card, t, briefing.title).selectOption({ label: t('plan.statuses.done') });
  await expect.poll(statusIn(assessmentTab, briefing.id)).toBe('done');
  await ratingRadio(itemGroup(assessmentTab, t, 1, 1), t, 2).check();

  await expect.poll(answerIn(planTab, second)).toBe(2);
  const stored = await readSavedState(planTab);
  const statuses = stored.plan.goals[0]?.actions.map((action) => action.status);
  expect(statuses).toEqual(['done', 'done', 'in-progress']);
  expect(stored.draft?.answers).toMatchObject({ [first]: 4, [second]: 2 });

  await setDeaf(assessmentTab, false);
  await planTab.reload();
  await assessmentTab.reload();
  await expect(statusSelect(card, t, feedback.title)).toHaveValue('in-progress');
  await expect(statusSelect(card, t, briefing.title)).toHaveValue('done');
  await expect(ratingRadio(itemGroup(assessmentTab, t, 1, 0), t, 4)).toBeChecked();
  await expect(ratingRadio(itemGroup(assessmentTab, t, 1, 1), t, 2)).toBeChecked();
});

test('a full storage during an answer is reported, the saved data stays as it was, and a backup still holds the answer', async ({
  page,
}) => {
  const earlier = completedAssessment('earlier', '2026-01-10T08:15:00.000Z', mixedPattern);
  const draft = draftAssessment(mixedPattern.slice(0, 1), skills[1]);
  const [firstItem = ''] = itemIds(skills[1]);
  const answeredBefore = page.getByText(
    t('assessment.progressValue', { answered: Object.keys(draft.answers).length, total: 30 }),
  );
  await seedState(page, { assessments: [earlier], draft });
  await page.goto(`/assessment/${skills[1]}`);
  await expect(mainHeading(page, t(`skills.${skills[1]}.name`))).toBeVisible();
  const before = await readAppStorage(page);

  await fillQuota(page);
  await ratingRadio(itemGroup(page, t, 1, 0), t, 4).check();

  const banner = page.getByRole('alert').filter({ hasText: t('storage.fullTitle') });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText(t('storage.fullBody'));
  await expect(ratingRadio(itemGroup(page, t, 1, 0), t, 4)).toBeChecked();
  expect(await readAppStorage(page)).toEqual(before);

  // The answer lives on in the page: an exported backup holds it.
  await page.getByRole('link', { name: t('nav.settings'), exact: true }).click();
  await expect(mainHeading(page, t('settings.title'))).toBeVisible();
  const { text } = await downloadedText(
    page,
    page.getByRole('button', { name: t('settings.export'), exact: true }),
  );
  expect(text).toContain(`"${firstItem}": 4`);

  // Still full after a reload: the saved data is read, not swapped for an empty session.
  await page.goto(`/assessment/${skills[1]}`);
  await expect(answeredBefore).toBeVisible();
  await expect(page.getByText(t('storage.unavailableBody'))).toHaveCount(0);
  await ratingRadio(itemGroup(page, t, 1, 2), t, 5).check();
  await expect(banner).toBeVisible();
  expect(await readAppStorage(page)).toEqual(before);

  await freeQuota(page);
  await page.reload();
  await expect(answeredBefore).toBeVisible();
  expect(await readAppStorage(page)).toEqual(before);
});

test('damaged data set aside stays on offer after a reload, and other keys are left alone', async ({
  page,
}) => {
  const damaged = persistedText({ assessments: [] }).replace('"assessments":[]', '"assessments":{');
  const neighbours = { 'ascent:notes': '{"mine":true}', 'another-app:theme': 'dark' };
  await seedRaw(page, damaged);
  await page.evaluate((entries) => {
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
  }, neighbours);
  await page.goto('/');
  const banner = page.getByRole('status').filter({ hasText: t('storage.quarantinedTitle') });
  await expect(banner).toBeVisible();

  await page.reload();
  await expect(mainHeading(page, t('home.title'))).toBeVisible();
  await expect(banner).toBeVisible();
  const downloading = page.waitForEvent('download');
  await banner.getByRole('button', { name: t('storage.downloadDamaged'), exact: true }).click();
  const entries: unknown = JSON.parse(await readFile(await (await downloading).path(), 'utf8'));

  const stored = await readStorage(page);
  const keys = Object.keys(stored).filter((key) => key.startsWith(QUARANTINE_PREFIX));
  expect(keys).toHaveLength(1);
  expect(entries).toEqual([{ key: keys[0], value: damaged }]);
  expect(stored).toMatchObject(neighbours);
});
