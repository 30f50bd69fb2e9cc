import {
  answerAll,
  chooseLanguage,
  expectResults,
  headerLanguageSelect,
  mainHeading,
  startAssessment,
  submitAssessment,
} from './support/app';
import { expect, test } from './support/fixtures';
import { mixedPattern, otherPattern } from './support/instrument';
import { translator } from './support/locales';

test.describe('The whole self-assessment', () => {
  test('a person completes it in English with the mouse and sees their readiness profile', async ({
    page,
  }) => {
    const t = translator('en');
    await page.goto('/');
    await expect(mainHeading(page, t('home.title'))).toBeVisible();

    await startAssessment(page, t);
    await answerAll(page, t, mixedPattern);
    await expect(page.getByText(t('assessment.reviewAllAnswered', { total: 30 }))).toBeVisible();
    await submitAssessment(page, t);

    await expectResults(page, 'en', mixedPattern);
  });

  test('a person picks Español, completes it in Spanish, and the choice is remembered after a reload', async ({
    page,
  }) => {
    const t = translator('es');
    await page.goto('/');
    await chooseLanguage(page, 'en', 'es');
    await expect(mainHeading(page, t('home.title'))).toBeVisible();

    await startAssessment(page, t);
    await answerAll(page, t, otherPattern);
    await submitAssessment(page, t);
    await expectResults(page, 'es', otherPattern);
    await expect(page).toHaveTitle(`${t('results.title')} · ${t('app.name')}`);

    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(headerLanguageSelect(page, t)).toHaveValue('es');
    await expectResults(page, 'es', otherPattern);
  });
});
