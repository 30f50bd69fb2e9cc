import type { Locator, Page } from '@playwright/test';
import type { RaterCategory } from '../../../src/domain/review/review';
import { escapeRegExp, mainHeading, type T } from './app';
import { expect } from './fixtures';
import { DATA_KEY } from './storage';

/* The owner's side of a review: creating it, its invitation links, adding responses. */

export interface ReviewSpec {
  subject: string;
  ownerRole: 'subject' | 'manager';
  categories: readonly RaterCategory[];
  message?: string;
  email?: string;
}

export const allCategories = ['self', 'manager', 'peer', 'direct-report', 'other'] as const;

/** Fills in /reviews/new as a person would and returns the new review's id. */
export async function createReview(page: Page, t: T, spec: ReviewSpec): Promise<string> {
  await page.goto('/reviews/new');
  await expect(mainHeading(page, t('review.newTitle'))).toBeVisible();
  await page.getByRole('textbox', { name: t('review.subjectName') }).fill(spec.subject);
  const role = spec.ownerRole === 'subject' ? 'review.ownerSubject' : 'review.ownerManager';
  await page.getByRole('radio', { name: t(role), exact: true }).check();
  const groups = page.getByRole('group', { name: t('review.categories'), exact: true });
  for (const category of allCategories) {
    const box = groups.getByRole('checkbox', { name: t(`categories.${category}`), exact: true });
    if (category === 'self' && spec.ownerRole === 'subject') {
      await expect(box, 'the subject never invites a "Self" rater').toHaveCount(0);
      continue;
    }
    await box.setChecked(spec.categories.includes(category));
  }
  // The form's labels also hold their hints, counters and errors, so a field's accessible name
  // only starts with its label text.
  if (spec.message !== undefined) {
    await page.getByRole('textbox', { name: t('review.message') }).fill(spec.message);
  }
  if (spec.email !== undefined) {
    await page.getByRole('textbox', { name: t('review.ownerEmail') }).fill(spec.email);
  }
  await page.getByRole('button', { name: t('review.create'), exact: true }).click();
  await expect(page).toHaveURL(/\/reviews\/[\w-]{22}$/);
  await expect(mainHeading(page, t('review.title', { name: spec.subject }))).toBeVisible();
  const id = new URL(page.url()).pathname.split('/').pop();
  if (id === undefined) throw new Error(`no review id in ${page.url()}`);
  return id;
}

/** An invitation card, named by its group ("Peers", "Manager", …). */
export function invitationCard(page: Page, t: T, category: RaterCategory): Locator {
  return page.getByRole('article', { name: t(`categories.${category}`), exact: true });
}

export function invitationLinkBox(page: Page, t: T, category: RaterCategory): Locator {
  return page.getByRole('textbox', {
    name: t('invite.linkLabel', { who: t(`categories.${category}`) }),
    exact: true,
  });
}

/** Reads a group's invitation link from the review page, once it has been packed. */
export async function readInvitationUrl(
  page: Page,
  t: T,
  category: RaterCategory,
): Promise<string> {
  const box = invitationLinkBox(page, t, category);
  await expect(box).toHaveValue(/\/respond#I[\w-]+$/);
  return box.inputValue();
}

/** A text whose `{{date}}` depends on the clock: matched as a pattern, everything else exact. */
export function withAnyDate(t: T, key: string, vars: Record<string, string | number> = {}): RegExp {
  const marker = '\u0000';
  const parts = t(key, { ...vars, date: marker })
    .split(marker)
    .map(escapeRegExp);
  return new RegExp(`^${parts.join('.+')}$`);
}

export async function expectReviewStatus(
  page: Page,
  t: T,
  key: 'review.open' | 'review.frozen',
  wave: number,
): Promise<void> {
  // The facts list: <dt>Status</dt><dd>…</dd>.
  await expect(
    page.getByRole('definition').filter({ hasText: withAnyDate(t, key, { wave }) }),
  ).toBeVisible();
}

function pasteBox(page: Page, t: T): Locator {
  return page.getByRole('textbox', { name: t('collect.pasteLabel'), exact: true });
}

/**
 * Pastes a response link into "Add responses" and waits until it has been handled (the box
 * empties then), so a message equal to the previous one is never read too early.
 */
export async function pasteResponse(page: Page, t: T, text: string): Promise<void> {
  const box = pasteBox(page, t);
  await box.fill(text);
  await page.getByRole('button', { name: t('collect.add'), exact: true }).click();
  await expect(box).toHaveValue('');
}

/** The owner opens a response link: /collect adds it at once and drops the code from the address. */
export async function openResponseLink(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page).toHaveURL(/\/collect$/);
}

export function addedMessage(page: Page, t: T, subject: string, wave: number): Locator {
  return page.getByRole('status').filter({ hasText: t('collect.added', { name: subject, wave }) });
}

/** The app's stored data (the one localStorage entry), or null. */
export async function storedData(page: Page): Promise<string | null> {
  return page.evaluate((key) => localStorage.getItem(key), DATA_KEY);
}
