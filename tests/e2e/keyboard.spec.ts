import type { Page } from '@playwright/test';
import {
  expectResults,
  headerLanguageSelect,
  itemGroup,
  mainHeading,
  ratingRadio,
  tabTo,
  type T,
} from './support/app';
import { expect, test } from './support/fixtures';
import { mixedPattern, skills, type Rating } from './support/instrument';
import { translator } from './support/locales';
import { draftAssessment, seedState } from './support/storage';

/** Moves from the focused option of an unanswered group to `rating` with the arrow keys. */
async function chooseWithKeys(page: Page, rating: Rating): Promise<void> {
  if (rating === 1) {
    await page.keyboard.press('Space');
    return;
  }
  for (let step = 1; step < rating; step += 1) {
    await page.keyboard.press(step % 2 === 0 ? 'ArrowRight' : 'ArrowDown');
  }
}

async function activeOutlineStyle(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement;
    return active ? getComputedStyle(active).outlineStyle : 'none';
  });
}

async function answerStepWithKeys(page: Page, t: T, skillIndex: number): Promise<void> {
  const ratings = mixedPattern[skillIndex] ?? [];
  for (const [itemIndex, rating] of ratings.entries()) {
    if (rating === null) continue;
    const group = itemGroup(page, t, skillIndex, itemIndex);
    // Tab enters an unanswered group on its first option.
    await tabTo(page, group.getByRole('radio').first());
    if (skillIndex === 0 && itemIndex === 0) {
      // Answer the first item wrongly here, and correct it below with Shift+Tab and an arrow key.
      await chooseWithKeys(page, (rating + 1) as Rating);
      continue;
    }
    await chooseWithKeys(page, rating);
    await expect(ratingRadio(group, t, rating)).toBeChecked();
    await expect(ratingRadio(group, t, rating)).toBeFocused();
    if (skillIndex === 0 && itemIndex === 1) {
      const first = itemGroup(page, t, 0, 0);
      const wrong = ((ratings[0] ?? 1) + 1) as Rating;
      await expect(ratingRadio(first, t, wrong)).toBeChecked();
      // Shift+Tab goes back to the first group's checked option; ArrowUp selects the one before.
      await tabTo(page, ratingRadio(first, t, wrong), { backwards: true, max: 2 });
      expect(await activeOutlineStyle(page)).not.toBe('none');
      await page.keyboard.press('ArrowUp');
      await expect(ratingRadio(first, t, ratings[0] ?? 1)).toBeChecked();
      await expect(ratingRadio(first, t, ratings[0] ?? 1)).toBeFocused();
      // Tab returns to the second group, on its chosen option.
      await page.keyboard.press('Tab');
      await expect(ratingRadio(group, t, rating)).toBeFocused();
    }
  }
}

test('a keyboard user completes the whole self-assessment without a mouse and sees where the focus is', async ({
  page,
}) => {
  const t = translator('en');
  await page.goto('/');

  await tabTo(page, page.getByRole('link', { name: t('home.start'), exact: true }));
  expect(await activeOutlineStyle(page)).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(mainHeading(page, t('assessment.introTitle'))).toBeFocused();

  await tabTo(page, page.getByRole('button', { name: t('assessment.start'), exact: true }));
  await page.keyboard.press('Space');

  for (const [skillIndex, skill] of skills.entries()) {
    await expect(page).toHaveURL(`/assessment/${skill}`);
    await expect(mainHeading(page, t(`skills.${skill}.name`))).toBeFocused();
    await answerStepWithKeys(page, t, skillIndex);
    if (skillIndex === 0) {
      // A visible focus indicator on a focused radio.
      const focused = itemGroup(page, t, 0, 5).getByRole('radio', { checked: true });
      await expect(focused).toBeFocused();
      expect(await focused.evaluate((element) => getComputedStyle(element).outlineStyle)).not.toBe(
        'none',
      );
      expect(
        await focused.evaluate((element) =>
          Number.parseFloat(getComputedStyle(element).outlineWidth),
        ),
      ).toBeGreaterThan(0);
    }
    const isLast = skillIndex === skills.length - 1;
    const next = page.getByRole('button', {
      name: t(isLast ? 'assessment.toReview' : 'assessment.next'),
      exact: true,
    });
    await tabTo(page, next, { max: 3 });
    await page.keyboard.press('Enter');
  }

  await expect(page).toHaveURL('/assessment/review');
  await expect(mainHeading(page, t('assessment.reviewTitle'))).toBeFocused();
  await tabTo(page, page.getByRole('button', { name: t('assessment.submit'), exact: true }));
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(/\/results\/[\w-]+$/);
  await expect(mainHeading(page, t('results.title'))).toBeFocused();
  await expectResults(page, 'en', mixedPattern);
});

test('changing the language with the arrow keys on a step keeps the focus on the select and the answers unchanged', async ({
  page,
}) => {
  const t = translator('en');
  await seedState(page, { draft: draftAssessment(mixedPattern, skills[1], 'st-3') });
  await page.goto(`/assessment/${skills[1]}`);
  const answered = ratingRadio(itemGroup(page, t, 1, 2), t, 3);
  await expect(answered).toBeFocused();

  await tabTo(page, headerLanguageSelect(page, t), { backwards: true });
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(headerLanguageSelect(page, translator('es'))).toBeFocused({ timeout: 2000 });
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  const fr = translator('fr');
  await expect(headerLanguageSelect(page, fr)).toBeFocused();
  await expect(ratingRadio(itemGroup(page, fr, 1, 2), fr, 3)).toBeChecked();
});
