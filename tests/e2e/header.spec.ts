import { mainHeading } from './support/app';
import { expect, test } from './support/fixtures';
import { translator } from './support/locales';

const t = translator('en');

test('a page opened from a link shows no ring on its focused heading; keyboard focus does', async ({
  page,
}) => {
  await page.goto('/settings');
  const heading = mainHeading(page, t('settings.title'));
  await expect(heading).toBeFocused();
  await expect(heading).toHaveCSS('outline-style', 'none');

  await page.keyboard.press('Tab');
  // The next control after the heading, reached by keyboard, shows the ring.
  const focused = page.locator(':focus');
  await expect(focused).not.toHaveAttribute('tabindex', '-1');
  await expect(focused).toHaveCSS('outline-style', 'solid');
});

test('at 1280 px the header is one line: every link and the language picker', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await expect(mainHeading(page, t('home.title'))).toBeVisible();
  const header = await page.getByRole('banner').boundingBox();
  expect(header?.height).toBeLessThanOrEqual(64);
  await expect(page.getByRole('button', { name: t('app.menu') })).toBeHidden();
  await expect(page.getByRole('link', { name: t('nav.home'), exact: true })).toHaveAttribute(
    'aria-current',
    'page',
  );
});

test.describe('on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the header is compact and its menu works by keyboard alone', async ({ page }) => {
    await page.goto('/');
    await expect(mainHeading(page, t('home.title'))).toBeVisible();
    const header = await page.getByRole('banner').boundingBox();
    expect(header?.height).toBeLessThanOrEqual(64);

    const menu = page.getByRole('button', { name: t('app.menu') });
    const settings = page.getByRole('link', { name: t('nav.settings'), exact: true });
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(settings).toBeHidden();
    // The prerendered page's menu can be used once the app has taken the page over.
    await expect(menu).toBeEnabled();
    await menu.focus();
    await page.keyboard.press('Enter');
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(page.locator(`#${await menu.getAttribute('aria-controls')}`)).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: t('nav.home'), exact: true })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(menu).toBeFocused();

    await page.keyboard.press('Enter');
    await settings.click();
    await expect(mainHeading(page, t('settings.title'))).toBeVisible();
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
  });
});
