import type { Page } from '@playwright/test';

/**
 * Writes a page's stored data from a same-origin file that does not start the app, so the app
 * then reads it as its user's own.
 */
export async function writeStoredData(
  page: Page,
  origin: string,
  storage: Record<string, string>,
): Promise<void> {
  await page.goto(`${origin}/robots.txt`);
  await page.evaluate((entries) => {
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
  }, storage);
}
