import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { reportPagePath } from '../../src/lib/prerendered-path';
import { heavyState, seedHeavyHistory } from './support/heavy-report';
import { addressIn, translator, type Lang } from './support/locales';
import { raterHeading } from './support/review-rater';
import { peerInvitationCode, seededReview } from './support/review-seed';
import type { StaticServer } from './support/static-servers';
import { startTrickleServer } from './support/trickle-server';

// Every prerendered page in every language (scripts/prerender/routes.ts), as a first visit sees
// it: the HTML as served is already in the page's language, taking it over raises no hydration
// error, and nothing on screen moves.
const reportOf = (reviewId: string) => `/reviews/${reviewId}/report`;

// Every review's report is answered by one page, prerendered at reportPagePath.
const pages: { path: string; title: string; served?: string }[] = [
  { path: '/', title: 'home.title' },
  { path: '/assessment', title: 'assessment.introTitle' },
  { path: '/results', title: 'results.title' },
  { path: '/history', title: 'history.title' },
  { path: '/reviews', title: 'reviews.title' },
  { path: '/reviews/new', title: 'review.newTitle' },
  { path: '/reviews/team', title: 'team.title' },
  { path: reportOf('AAAAAAAAAAAAAAAAAAAAAA'), served: reportPagePath, title: 'report.heading' },
  { path: '/respond', title: 'respond.title' },
  { path: '/collect', title: 'collect.title' },
  { path: '/plan', title: 'plan.title' },
  { path: '/plan/goals/new', title: 'plan.newGoal' },
  { path: '/plan/case', title: 'plan.case.title' },
  { path: '/plan/catalog', title: 'plan.catalog.title' },
  { path: '/settings', title: 'settings.title' },
];

const languages: Lang[] = ['en', 'es', 'fr'];

/** Escapes what HTML escapes in text, so a title can be found in the served markup. */
function asHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

interface Shift {
  value: number;
  /** What moved, for the failure message. */
  moved: string[];
}

/** Records every layout shift from the start of each page the test opens. */
async function watchShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shifts: Shift[] = [];
    Object.assign(window, { layoutShifts: shifts });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const value: unknown = Reflect.get(entry, 'value');
        const sources: unknown = Reflect.get(entry, 'sources');
        const moved = Array.isArray(sources)
          ? sources.map((source: unknown) => {
              const node: unknown = Reflect.get(Object(source), 'node');
              const what = node instanceof Element ? node.outerHTML.slice(0, 120) : String(node);
              // Where it was and where it went, so that a failure says how it moved.
              const rect = (key: string) => {
                const box: unknown = Reflect.get(Object(source), key);
                return box instanceof DOMRectReadOnly
                  ? [box.x, box.y, box.width, box.height].map(Math.round).join(',')
                  : '?';
              };
              return `${what} from ${rect('previousRect')} to ${rect('currentRect')}`;
            })
          : [];
        if (typeof value === 'number') shifts.push({ value, moved });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/**
 * The aim is CLS 0 as Lighthouse reports it, to three decimals. A move that rounds to 0 there does
 * not fail but is named in the message of any that does: one was seen in 2 of about 45 runs, the
 * brand moving by 0.000016 on a browser's first page, too little to see and not yet explained.
 */
const roundsToZero = 0.0005;

async function expectNoShift(page: Page, what: string): Promise<void> {
  const shifts = await shiftsSoFar(page);
  const total = shifts.reduce((sum, shift) => sum + shift.value, 0);
  expect(total, `${what} does not move: ${JSON.stringify(shifts)}`).toBeLessThan(roundsToZero);
}

async function shiftsSoFar(page: Page): Promise<Shift[]> {
  return page.evaluate(() => {
    const shifts: unknown = Reflect.get(window, 'layoutShifts');
    return Array.isArray(shifts) ? (shifts as Shift[]) : [];
  });
}

for (const language of languages) {
  test(`prerendered pages in ${language}: served in ${language}, taken over without an error or a shift`, async ({
    page,
    consoleLog,
  }) => {
    const t = translator(language);
    await watchShifts(page);
    for (const { path, title, served: prerendered = path } of pages) {
      const url = addressIn(path, language);
      const response = await page.goto(url);
      const served = (await response?.text()) ?? '';
      expect(served, `${url} is served in ${language}`).toContain(`<html lang="${language}">`);
      expect(served, `${url} is prerendered`).toContain(
        `data-prerendered="${language}:${prerendered}"`,
      );
      expect(served, `${url} carries its title`).toContain(`>${asHtml(t(title))}</h1>`);

      await expect(page.locator('html[data-started]')).toHaveCount(1);
      await expect(
        page.getByRole('heading', { level: 1, name: t(title), exact: true }),
      ).toBeVisible();
      await expectNoShift(page, url);
    }
    expect(consoleLog.filter((message) => /hydrat/i.test(message))).toEqual([]);
  });
}

test('with ten years of saved data, every page is taken over without a hydration error or a shift', async ({
  page,
  consoleLog,
}) => {
  const t = translator('en');
  await seedHeavyHistory(page);
  await watchShifts(page);
  const latestReview = heavyState.reviews.at(-1);
  if (!latestReview) throw new Error('the heavy history has reviews');
  for (const { path: emptyPath, title, served } of pages) {
    // The report, drawn for a review that is stored.
    const path = served === reportPagePath ? reportOf(latestReview.id) : emptyPath;
    await page.goto(path);
    await expect(page.locator('html[data-started]')).toHaveCount(1);
    // Home is the introduction in its HTML and becomes the returning person's dashboard.
    const heading = path === '/' ? 'dashboard.title' : title;
    await expect(
      page.getByRole('heading', { level: 1, name: t(heading), exact: true }),
    ).toBeVisible();
    await expectNoShift(page, path);
  }
  expect(consoleLog.filter((message) => /hydrat/i.test(message))).toEqual([]);
});

test('a returning person keeps the introduction on screen until the dashboard is here, never a blank page', async ({
  page,
}) => {
  const t = translator('en');
  await seedHeavyHistory(page);
  // The dashboard's code is held back, as a slow network would: the page must not empty meanwhile.
  let release: (value?: unknown) => void = () => undefined;
  const held = new Promise((resolve) => {
    release = resolve;
  });
  await page.route(/\/assets\/home-dashboard-[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  const asked = page.waitForRequest(/\/assets\/home-dashboard-[\w-]+\.js$/);
  await page.goto('/');
  await asked;
  await expect(page.locator('html[data-started]')).toHaveCount(1);
  // Two frames after the app asked for the dashboard: whatever it draws meanwhile is on screen.
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  const introduction = page.getByRole('heading', { level: 1, name: t('home.title') });
  await expect(introduction).toBeVisible();
  await expect(page.getByRole('link', { name: t('home.start') })).toBeVisible();
  release();
  await expect(
    page.getByRole('heading', { level: 1, name: t('dashboard.title'), exact: true }),
  ).toBeVisible();
  await expect(introduction).toHaveCount(0);
});

// Over a slow network the browser paints a page it has only partly read. A layout that depends on
// what follows (a grid whose columns depend on how many entries have arrived) then moves.
const slowly = test.extend<object, { trickle: StaticServer }>({
  trickle: [
    // Playwright reads a fixture's needs from this pattern; this one needs none.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const appPort = process.env.E2E_PORT ?? '4173';
      const server = await startTrickleServer(`http://localhost:${appPort}`, {
        chunk: 2048,
        pauseMs: 40,
      });
      await use(server);
      await server.stop();
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ trickle }, use) => {
    await use(trickle.origin);
  },
});

slowly.describe('a page that arrives a piece at a time', () => {
  // Wide in every language, and at a phone's width in the language with the longest texts.
  const runs = [
    ...languages.map((language) => ({ language, width: 1280, height: 720 })),
    { language: 'es' as const, width: 390, height: 844 },
  ];
  for (const { language, width, height } of runs) {
    slowly(
      `in ${language} at ${String(width)} px, is drawn as it arrives without anything moving`,
      async ({ page }) => {
        const t = translator(language);
        await page.setViewportSize({ width, height });
        await watchShifts(page);
        for (const { path, title } of pages) {
          const url = addressIn(path, language);
          await page.goto(url);
          await expect(page.locator('html[data-started]')).toHaveCount(1);
          await expect(
            page.getByRole('heading', { level: 1, name: t(title), exact: true }),
          ).toBeVisible();
          await expectNoShift(page, url);
        }
      },
    );
  }
});

for (const language of languages) {
  test(`a rater opening an invitation in ${language} sees the prerendered page, then the questions, without a hydration error`, async ({
    page,
    consoleLog,
  }) => {
    const t = translator(language);
    const review = await seededReview({
      subject: 'Kim Osei',
      ownerRole: 'subject',
      categories: ['peer'],
    });
    const code = await peerInvitationCode(review, { language });
    // At a phone's width, as a rater opens the link from an email.
    await page.setViewportSize({ width: 390, height: 844 });
    await watchShifts(page);
    const response = await page.goto(`${addressIn('/respond', language)}#${code}`);
    const html = (await response?.text()) ?? '';
    expect(html).toContain(`data-prerendered="${language}:/respond"`);
    // What every invitation says is on the first screen before the app reads the link.
    expect(html).toContain(`>${t('respond.aboutTitle')}</h2>`);
    await expect(raterHeading(page, { t, subject: 'Kim Osei' })).toBeVisible();
    await expectNoShift(page, `the invitation in ${language}`);
    expect(consoleLog.filter((message) => /hydrat/i.test(message))).toEqual([]);
  });
}

test('a prerendered page has a worker load the locale data for dates and numbers, which then closes', async ({
  page,
}) => {
  // Made first on the page's own thread, a formatter took 30–60 ms of one render (public/boot.js).
  const warmUp = page.waitForEvent('worker', (worker) => worker.url().endsWith('/intl-warm-up.js'));
  await page.goto(addressIn('/results', 'fr'));
  const worker = await warmUp;
  // It closes itself only after making every formatter: an error in it would leave it open.
  await worker.waitForEvent('close');
  await expect(page.locator('html[data-started]')).toHaveCount(1);
});
