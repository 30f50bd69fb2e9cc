import {
  expectResults,
  itemGroup,
  mainHeading,
  ratingRadio,
  submitAssessment,
} from './support/app';
import { expect, test } from './support/fixtures';
import { itemIds, mixedPattern, skills, type Pattern } from './support/instrument';
import { translator } from './support/locales';
import { draftAssessment, seedState } from './support/storage';

test('the review lists an unanswered item, refuses to submit, and its link leads to that item', async ({
  page,
}) => {
  const t = translator('en');
  // Everything answered except item 8 (the second statement of step 2).
  const missingItem = { skillIndex: 1, itemIndex: 1, number: 8 };
  const withGap: Pattern = mixedPattern.map((ratings, skillIndex) =>
    ratings.map((rating, itemIndex) =>
      skillIndex === missingItem.skillIndex && itemIndex === missingItem.itemIndex ? null : rating,
    ),
  );
  await seedState(page, { draft: draftAssessment(withGap, 'review') });

  await page.goto('/assessment');
  await page.getByRole('button', { name: t('assessment.resume'), exact: true }).click();
  await expect(page).toHaveURL('/assessment/review');
  await expect(mainHeading(page, t('assessment.reviewTitle'))).toBeVisible();

  const skill = skills[missingItem.skillIndex] ?? skills[0];
  const itemId = itemIds(skill)[missingItem.itemIndex] ?? '';
  await expect(
    page.getByText(
      t('assessment.summarySkill', { skill: t(`skills.${skill}.name`), answered: 5, total: 6 }),
    ),
  ).toBeVisible();
  const missingList = page.getByRole('region', {
    name: t('assessment.reviewMissing', { count: 1 }),
  });
  const itemLink = missingList.getByRole('link', {
    name: `${t('assessment.itemNumber', { number: missingItem.number })}: ${t(`items.${itemId}.self`)}`,
  });
  await expect(missingList.getByRole('link')).toHaveCount(1);
  await expect(itemLink).toBeVisible();

  await page.getByRole('button', { name: t('assessment.submit'), exact: true }).click();
  await expect(page.getByRole('alert')).toHaveText(
    t('assessment.submitError', { count: 1, items: String(missingItem.number) }),
  );
  await expect(page).toHaveURL('/assessment/review');

  await itemLink.click();
  await expect(page).toHaveURL(`/assessment/${skill}#item-${itemId}`);
  const group = itemGroup(page, t, missingItem.skillIndex, missingItem.itemIndex);
  await expect(group.getByRole('radio').first()).toBeFocused();

  await ratingRadio(group, t, 3).check();
  for (let step = missingItem.skillIndex + 1; step < skills.length; step += 1) {
    await page.getByRole('button', { name: t('assessment.next'), exact: true }).click();
    await expect(page).toHaveURL(`/assessment/${skills[step] ?? ''}`);
  }
  await page.getByRole('button', { name: t('assessment.toReview'), exact: true }).click();
  await expect(page.getByText(t('assessment.reviewAllAnswered', { total: 30 }))).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);

  await submitAssessment(page, t);
  await expectResults(page, 'en', mixedPattern);
});
