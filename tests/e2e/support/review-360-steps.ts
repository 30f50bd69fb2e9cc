import type { BrowserContext, Page } from '@playwright/test';
import { chooseLanguage, escapeRegExp, type T } from './app';
import { waitUntilControlled } from './offline';
import { translator } from './locales';
import { expect, type Person } from './review';
import type { Sheet } from './review-sheets';
import type { Comments } from './review-rater';
import { expectReviewStatus, invitationCard, readInvitationUrl } from './review-owner';
import {
  answerItems,
  openInvitation,
  raterItemGroup,
  seal,
  writeComments,
  type RaterView,
} from './review-rater';

/* The longer steps of the 360° journey (review-360.spec.ts), one function per step. */

export const subject = 'Alex Morgan';

/** One card per invited group, each with its link, sharing buttons, QR code and reminder. */
export async function checkInvitationCards(
  page: Page,
  context: BrowserContext,
  t: T,
  baseURL: string,
): Promise<{ managerUrl: string; peersUrl: string }> {
  await expect(page.getByRole('article')).toHaveCount(2);
  await expect(invitationCard(page, t, 'direct-report')).toHaveCount(0);
  const managerUrl = await readInvitationUrl(page, t, 'manager');
  const peersUrl = await readInvitationUrl(page, t, 'peer');
  expect(new URL(peersUrl).origin).toBe(new URL(baseURL).origin);
  expect(managerUrl).not.toBe(peersUrl);
  const peersCard = invitationCard(page, t, 'peer');
  await expect(peersCard.getByText(t('invite.received', { count: 0 }))).toBeVisible();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await peersCard.getByRole('button', { name: t('share.copyLink'), exact: true }).click();
  await expect(peersCard.getByRole('status')).toHaveText(t('share.copied'));
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(peersUrl);
  await expect(peersCard.getByRole('link', { name: t('share.mail'), exact: true })).toHaveAttribute(
    'href',
    new RegExp(`^mailto:\\?subject=.+${escapeRegExp(encodeURIComponent(peersUrl))}`),
  );
  await peersCard.getByText(t('invite.showQr'), { exact: true }).click();
  await expect(
    peersCard.getByRole('img', { name: t('invite.qrLabel', { who: t('categories.peer') }) }),
  ).toBeVisible();
  await peersCard.getByText(t('invite.reminderTitle'), { exact: true }).click();
  await expect(
    peersCard.getByRole('textbox', { name: t('invite.reminderTitle'), exact: true }),
  ).toHaveValue(new RegExp(`${subject}.*${escapeRegExp(peersUrl)}$`));
  // The self view picker offers the latest self-assessment first.
  await expect(page.getByRole('combobox', { name: t('review.selfPick'), exact: true })).toHaveValue(
    'self-latest',
  );
  return { managerUrl, peersUrl };
}

/** Spanish: picked in the header before answering; the statements follow. */
export async function answerInSpanish(
  person: Person,
  peersUrl: string,
  sheet: Sheet,
  comments: Comments,
): Promise<string> {
  const t = translator('en');
  const es = translator('es');
  const view: RaterView = { t: es, subject };
  await openInvitation(person.page, peersUrl, { t, subject });
  await chooseLanguage(person.page, 'en', 'es');
  await expect(raterItemGroup(person.page, view, 0, 0)).toBeVisible();
  await expect(raterItemGroup(person.page, view, 0, 0)).toContainText(
    `${subject} expone una recomendación clara`,
  );
  await answerItems(person.page, view, sheet);
  await writeComments(person.page, view, comments);
  return seal(person.page, es);
}

/** Offline: the first visit installs the app; answering and sealing need no network. */
export async function answerOffline(
  person: Person,
  peersUrl: string,
  sheet: Sheet,
  comments: Comments,
): Promise<string> {
  const t = translator('en');
  await openInvitation(person.page, peersUrl, { t, subject });
  await waitUntilControlled(person.page);
  await person.context.setOffline(true);
  expect(await person.page.evaluate(() => navigator.onLine)).toBe(false);
  const view: RaterView = { t, subject };
  await answerItems(person.page, view, sheet);
  await writeComments(person.page, view, comments);
  const link = await seal(person.page, t);
  await person.context.setOffline(false);
  return link;
}

/** Closing asks first; once confirmed the wave is frozen. */
export async function closeWave(page: Page, t: T): Promise<void> {
  await page.getByRole('link', { name: t('report.backToReview'), exact: true }).click();
  const close = page.getByRole('button', { name: t('review.close'), exact: true });
  const dialog = page.getByRole('dialog', { name: t('review.closeTitle'), exact: true });
  await close.click();
  await expect(dialog).toContainText(t('review.closeBody'));
  await dialog.getByRole('button', { name: t('settings.cancel'), exact: true }).click();
  await expect(dialog).toBeHidden();
  await expectReviewStatus(page, t, 'review.open', 1);
  await close.click();
  await dialog.getByRole('button', { name: t('review.close'), exact: true }).click();
  await expect(dialog).toBeHidden();
  await expectReviewStatus(page, t, 'review.frozen', 1);
  await expect(close).toHaveCount(0);
}
