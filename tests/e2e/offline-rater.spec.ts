import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './support/fixtures';
import { translator } from './support/locales';
import { raterHeading } from './support/review-rater';
import { peerInvitationCode, seededReview } from './support/review-seed';

test.use({ serviceWorkers: 'allow' });

const t = translator('en');
const subject = 'Kim Osei';
const dist = join(import.meta.dirname, '../../dist');

async function invitationPath(): Promise<string> {
  const review = await seededReview({ subject, ownerRole: 'subject', categories: ['peer'] });
  return `/respond#${await peerInvitationCode(review)}`;
}

test('a rater who loses the network right after opening an invitation gets no script error', async ({
  page,
  context,
  consoleLog,
}) => {
  // The service worker registers once the page is drawn; here the network drops just before.
  let dropNetwork = (): void => undefined;
  const dropped = new Promise<void>((resolve) => (dropNetwork = resolve));
  const swRequests: string[] = [];
  await context.route('**/sw.js', async (route) => {
    swRequests.push(route.request().url());
    await route.abort('internetdisconnected');
  });
  // The registration code arrives after the page is drawn; here it arrives just after the drop.
  await page.route(/(workbox-window|service-worker-prompt)[^/]*\.js$/, async (route) => {
    await dropped;
    const file = new URL(route.request().url()).pathname;
    await route.fulfill({
      contentType: 'text/javascript',
      body: readFileSync(join(dist, file)),
    });
  });

  await page.goto(await invitationPath());
  await expect(raterHeading(page, { t, subject })).toBeVisible();
  await context.setOffline(true);
  dropNetwork();
  await expect.poll(() => page.evaluate(() => navigator.onLine)).toBe(false);
  // Answering goes on offline.
  await page.getByRole('radio').first().check();
  await expect(page.getByRole('radio').first()).toBeChecked();
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 1500)));

  expect(swRequests, 'no service-worker script fetched while offline').toEqual([]);
  expect(consoleLog.filter((message) => message.startsWith('error'))).toEqual([]);

  // Back online, the app registers its service worker after all.
  await context.unroute('**/sw.js');
  await context.setOffline(false);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
});
