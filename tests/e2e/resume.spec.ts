import {
  answerAll,
  answerStep,
  itemGroup,
  mainHeading,
  ratingRadio,
  startAssessment,
  submitAssessment,
} from './support/app';
import { expect, test } from './support/fixtures';
import { mixedPattern, skills, type Pattern } from './support/instrument';
import { translator } from './support/locales';
import { draftAssessment, seedState } from './support/storage';

test('a person who reloads mid-way lands on the same step with their answers kept and the focus on the last answer', async ({
  page,
}) => {
  const t = translator('en');
  await page.goto('/');
  await startAssessment(page, t);

  const firstStep = mixedPattern[0] ?? [];
  await answerStep(page, t, 0, firstStep);
  await page.getByRole('button', { name: t('assessment.next'), exact: true }).click();
  await expect(page).toHaveURL(`/assessment/${skills[1]}`);

  // Two of the six items of step 2: items 7 and 8.
  await ratingRadio(itemGroup(page, t, 1, 0), t, 4).check();
  await ratingRadio(itemGroup(page, t, 1, 1), t, 2).check();

  await page.reload();
  await expect(page).toHaveURL(`/assessment/${skills[1]}`);
  await expect(mainHeading(page, t(`skills.${skills[1]}.name`))).toBeVisible();
  await expect(ratingRadio(itemGroup(page, t, 1, 0), t, 4)).toBeChecked();
  await expect(ratingRadio(itemGroup(page, t, 1, 1), t, 2)).toBeChecked();
  await expect(itemGroup(page, t, 1, 2).getByRole('radio', { checked: true })).toHaveCount(0);
  // The focus returns to the last item answered, on its chosen option.
  await expect(ratingRadio(itemGroup(page, t, 1, 1), t, 2)).toBeFocused();
  await expect(
    page.getByText(t('assessment.progressValue', { answered: 8, total: 30 })),
  ).toBeVisible();

  // Elsewhere in the app, the unfinished assessment is offered to continue.
  await page.getByRole('link', { name: t('nav.home'), exact: true }).click();
  await expect(page.getByText(t('home.resumeHint', { answered: 8, total: 30 }))).toBeVisible();
  await page.getByRole('link', { name: t('home.resume'), exact: true }).click();
  await expect(mainHeading(page, t('assessment.introTitle'))).toBeVisible();
  await expect(page.getByRole('button', { name: t('assessment.start'), exact: true })).toHaveCount(
    0,
  );
  await page.getByRole('button', { name: t('assessment.resume'), exact: true }).click();
  await expect(page).toHaveURL(`/assessment/${skills[1]}`);
  await expect(ratingRadio(itemGroup(page, t, 1, 1), t, 2)).toBeChecked();

  // Earlier answers are still there too; finishing from here gives a complete result.
  await page.getByRole('link', { name: t('assessment.back'), exact: true }).click();
  await expect(page).toHaveURL(`/assessment/${skills[0]}`);
  for (const [itemIndex, rating] of firstStep.entries()) {
    if (rating !== null)
      await expect(ratingRadio(itemGroup(page, t, 0, itemIndex), t, rating)).toBeChecked();
  }
  const rest: Pattern = mixedPattern.map((ratings, skillIndex) =>
    skillIndex === 0 ? [null, null, null, null, null, null] : ratings,
  );
  await answerAll(page, t, rest);
  await submitAssessment(page, t);
  await expect(
    page.getByRole('table', { name: t('results.tableCaption') }).getByRole('row', {
      name: new RegExp(`^${t(`skills.${skills[0]}.name`)}`),
    }),
  ).toContainText('6 / 6');
});

test('discarding an unfinished assessment asks first, and only then starts again from an empty first step', async ({
  page,
}) => {
  const t = translator('en');
  await seedState(page, { draft: draftAssessment(mixedPattern.slice(0, 2), skills[1], 'st-6') });
  await page.goto('/assessment');

  const restart = page.getByRole('button', { name: t('assessment.restart'), exact: true });
  await restart.click();
  const dialog = page.getByRole('dialog', { name: t('assessment.restart'), exact: true });
  await expect(dialog).toContainText(t('assessment.restartConfirm', { answered: 12 }));
  await dialog.getByRole('button', { name: t('history.cancel'), exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(restart).toBeFocused();
  await page.getByRole('button', { name: t('assessment.resume'), exact: true }).click();
  await expect(page).toHaveURL(`/assessment/${skills[1]}`);
  await expect(ratingRadio(itemGroup(page, t, 1, 5), t, 3)).toBeChecked();

  await page.goBack();
  await restart.click();
  await dialog.getByRole('button', { name: t('assessment.restart'), exact: true }).click();
  await expect(page).toHaveURL(`/assessment/${skills[0]}`);
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
  await expect(
    page.getByText(t('assessment.progressValue', { answered: 0, total: 30 })),
  ).toBeVisible();
  await page.reload();
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
});
