import type { Page } from '@playwright/test';
import { buildHeavyState, storedEntries } from '../../support/heavy-state';
import type { T } from './app';
import { expect } from './fixtures';
import { withAnyDate } from './review-owner';
import { openReport } from './review-report';
import { DATA_KEY, seedRaw } from './storage';

/** Ten years of realistic use; its latest review has a full first wave and a second one. */
export const heavyState = buildHeavyState();

export async function seedHeavyHistory(page: Page): Promise<void> {
  await seedRaw(page, storedEntries(heavyState)[DATA_KEY] ?? '');
}

/**
 * The latest review's report at its first wave, the one most raters answered (the second wave
 * holds only the late answers).
 */
export async function openHeavyReport(page: Page, t: T): Promise<{ subject: string }> {
  const review = heavyState.reviews.at(-1);
  if (!review) throw new Error('the heavy history has reviews');
  await seedHeavyHistory(page);
  await openReport(page, t, review.id, review.subjectName);
  await page.getByLabel(t('report.wave')).selectOption(t('report.waveOption', { wave: 1 }));
  await expect(page.getByText(withAnyDate(t, 'report.frozenOn', { wave: 1 }))).toBeVisible();
  return { subject: review.subjectName };
}
