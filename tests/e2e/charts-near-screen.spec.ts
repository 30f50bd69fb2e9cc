import { test, expect } from './support/fixtures';
import { mainHeading } from './support/app';
import { heavyState, seedHeavyHistory } from './support/heavy-report';
import { translator } from './support/locales';

const t = translator('en');

// A phone held upright: the results' charts and the plan's trend start below the screen.
test.use({ viewport: { width: 390, height: 600 } });

test('a chart far down the results is drawn once scrolled near; its table is there before', async ({
  page,
}) => {
  const latest = heavyState.assessments.at(-1);
  if (!latest) throw new Error('the heavy history has assessments');
  await seedHeavyHistory(page);
  await page.goto(`/results/${latest.id}`);
  await expect(mainHeading(page, t('results.title'))).toBeVisible();
  await expect(page.getByRole('table', { name: t('results.tableCaption') })).toBeAttached();

  // The bar chart comes second, a screen and more below the top: it waits, unloaded.
  const figure = page.getByRole('figure', { name: t('results.barTitle') });
  const loading = figure.getByText(t('results.chartLoading'));
  await expect(loading).toBeAttached();
  await expect(figure.locator('canvas')).toHaveCount(0);

  await figure.scrollIntoViewIfNeeded();
  await expect(loading).toHaveCount(0);
  await expect(figure.getByText(t('results.chartFailed'))).toHaveCount(0);
  // Drawn by a worker at the size it has on screen, sharp on a dense screen.
  const canvas = figure.locator('canvas');
  const { width, shown, ratio } = await canvas.evaluate((element: HTMLCanvasElement) => ({
    width: element.width,
    shown: element.getBoundingClientRect().width,
    ratio: devicePixelRatio,
  }));
  expect(width).toBe(Math.floor(shown * ratio));
  // Drawn by the worker: the page handed the canvas over, so it cannot draw on it itself.
  expect(page.workers().some((worker) => /\/chart-worker-[\w-]+\.js$/.test(worker.url()))).toBe(
    true,
  );
  const drawnBy = await canvas.evaluate((element: HTMLCanvasElement) => {
    try {
      element.getContext('2d');
      return 'the page';
    } catch {
      return 'a worker';
    }
  });
  expect(drawnBy).toBe('a worker');

  // The worker's chart still answers the pointer: hovering a bar draws its tooltip.
  const drawn = await canvas.screenshot();
  const box = await canvas.boundingBox();
  if (!box) throw new Error('the chart has no box');
  await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.1);
  await expect.poll(async () => (await canvas.screenshot()).equals(drawn)).toBe(false);

  // And follows its box when the screen changes size.
  await page.setViewportSize({ width: 320, height: 600 });
  const drawnWidth = () =>
    canvas.evaluate((element: HTMLCanvasElement) => ({
      width: element.width,
      expected: Math.floor(element.getBoundingClientRect().width * devicePixelRatio),
    }));
  await expect.poll(async () => (await drawnWidth()).width).toBeLessThan(width);
  const resized = await drawnWidth();
  expect(resized.width).toBe(resized.expected);
});

test("the plan's trend is built when scrolled near", async ({ page }) => {
  await seedHeavyHistory(page);
  await page.goto('/plan');
  await expect(mainHeading(page, t('plan.title'))).toBeVisible();
  const trendHeading = page.getByRole('heading', { name: t('plan.trendSection'), level: 2 });
  const trendFigure = page.getByRole('figure', { name: t('plan.trendTitle') });
  await expect(trendHeading).toBeAttached();
  await expect(trendFigure).toHaveCount(0);

  await trendHeading.scrollIntoViewIfNeeded();
  await expect(trendFigure).toBeVisible();
});
