import { axeViolations } from './axe';
import type { BrowserContext, BrowserContextOptions, Page } from '@playwright/test';
import type { RaterCategory } from '../../../src/domain/review/review';
import type { RaterAnswer } from '../../../src/domain/instrument/scale';
import {
  cspViolations,
  expect,
  foreignRequests,
  test as guarded,
  watchContext,
  type ContextWatch,
} from './fixtures';

export { expect };
export type { RaterAnswer, RaterCategory };

/* ------------------------------------------------------------------------------------------ */
/* People: the owner uses the project's guarded `page`; everyone else gets their own browser. */
/* ------------------------------------------------------------------------------------------ */

/** Someone with their own browser (context): their own storage, their own service worker. */
export interface Person {
  name: string;
  context: BrowserContext;
  page: Page;
}

/** Opens a separate browser context for `name`, watched like the owner's (see fixtures.ts). */
export type OpenBrowser = (name: string, options?: BrowserContextOptions) => Promise<Person>;

interface Watched extends ContextWatch {
  person: Person;
}

/**
 * The project's `test`, plus `openBrowser`: every rater or reviewed person works in a context of
 * their own, with the project's device, language and clock settings. The same checks as the
 * owner's page apply to each: no request to another origin, no CSP report, no uncaught error.
 */
export const test = guarded.extend<{ openBrowser: OpenBrowser }>({
  openBrowser: async (
    {
      browser,
      baseURL,
      locale,
      timezoneId,
      viewport,
      userAgent,
      deviceScaleFactor,
      isMobile,
      hasTouch,
      colorScheme,
      serviceWorkers,
    },
    use,
    testInfo,
  ) => {
    const origin = new URL(baseURL ?? 'http://localhost:4173').origin;
    const watched: Watched[] = [];
    await use(async (name, options = {}) => {
      const context = await browser.newContext({
        baseURL,
        locale,
        timezoneId,
        viewport,
        userAgent,
        deviceScaleFactor,
        isMobile,
        hasTouch,
        colorScheme,
        serviceWorkers,
        ...options,
      });
      const entry: Watched = {
        person: { name, context, page: await context.newPage() },
        ...watchContext(context),
      };
      watched.push(entry);
      return entry.person;
    });

    for (const { person } of watched) await person.context.close();
    const failed = testInfo.status !== testInfo.expectedStatus;
    const problems = watched.map(({ person, requests, messages, pageErrors }) => {
      return {
        person: person.name,
        foreign: foreignRequests(requests, origin),
        csp: cspViolations(messages),
        pageErrors,
        requests,
        messages,
      };
    });
    for (const entry of problems) {
      const hasProblem =
        entry.foreign.length + entry.csp.length + entry.pageErrors.length > 0 || failed;
      if (hasProblem) {
        await testInfo.attach(`${entry.person}.json`, {
          body: JSON.stringify({ requests: entry.requests, console: entry.messages }, null, 2),
          contentType: 'application/json',
        });
      }
    }
    expect(
      problems.map(({ person, foreign, csp, pageErrors }) => ({
        person,
        foreign,
        csp,
        pageErrors,
      })),
      `other people's browsers: requests to origins other than ${origin}, CSP reports, page errors`,
    ).toEqual(problems.map(({ person }) => ({ person, foreign: [], csp: [], pageErrors: [] })));
  },
});

/* ------------------------------------------------------------------------------------------ */
/* Accessibility and layout.                                                                    */
/* ------------------------------------------------------------------------------------------ */

/** Runs axe in the light and then the dark color scheme; both must be free of violations. */
export async function expectNoAxeViolations(page: Page, screen: string): Promise<void> {
  const found: Record<string, unknown[]> = {};
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(
      colorScheme === 'dark',
    );
    found[colorScheme] = await axeViolations(page);
  }
  await page.emulateMedia({ colorScheme: 'light' });
  expect(found, `axe violations on ${screen}`).toEqual({ light: [], dark: [] });
}

export async function expectNoHorizontalScroll(page: Page, screen: string): Promise<void> {
  const size = () =>
    page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
  expect((await size()).clientWidth).toBe(360);
  // Right after a resize, tables that turn into scroll boxes may take a frame to settle.
  await expect
    .poll(async () => (await size()).scrollWidth, {
      message: `${screen} is wider than the 360 px screen`,
    })
    .toBeLessThanOrEqual(360);
}
