import type { Locator, Page } from '@playwright/test';
import type { RaterAnswer } from '../../../src/domain/instrument/scale';
import { mainHeading, type T } from './app';
import { expect } from './fixtures';
import { itemIds, itemNumber, skills } from './instrument';
import { translator } from './locales';
import type { Sheet } from './review-sheets';

/* A rater's visit: the invitation page, answering, comments, sealing the response. */

export interface RaterView {
  t: T;
  /** The person reviewed. */
  subject: string;
  /** The "Self" invitation of a manager-run review: its statements speak as "I". */
  isSelf?: boolean;
}

/** The radio group of one statement, named by its legend: "7. Alex frames …". */
export function raterItemGroup(
  page: Page,
  view: RaterView,
  skillIndex: number,
  itemIndex: number,
): Locator {
  const skill = skills[skillIndex];
  const id = skill === undefined ? undefined : itemIds(skill)[itemIndex];
  if (id === undefined) throw new Error(`no item ${itemIndex} in skill ${skillIndex}`);
  const statement = view.isSelf
    ? view.t(`items.${id}.self`)
    : view.t(`items.${id}.rater`, { name: view.subject });
  return page.getByRole('group', {
    name: `${itemNumber(skillIndex, itemIndex)}. ${statement}`,
    exact: true,
  });
}

/** The option's label: 1–5 as frequencies (5 is worded for the rater), or "Not observed". */
export function answerLabel(view: RaterView, answer: RaterAnswer): string {
  if (answer === 0) return view.t('scale.notObserved');
  if (answer === 5 && view.isSelf !== true) return view.t('scale.5rater');
  return view.t(`scale.${answer}`);
}

/** The invitation's card names the person reviewed (the page's own heading stays generic). */
export function raterHeading(page: Page, view: RaterView): Locator {
  const name = view.isSelf
    ? view.t('respond.selfTitle')
    : view.t('respond.raterTitle', { name: view.subject });
  return page.getByRole('main').getByRole('heading', { level: 2, name, exact: true });
}

export async function openInvitation(page: Page, url: string, view: RaterView): Promise<void> {
  await page.goto(url);
  // Five raters may open their links at once, each in a browser of its own, on a busy two-core
  // machine: one stayed on "Loading…" past 15 s in a CI run (cause not yet found).
  await expect(raterHeading(page, view)).toBeVisible({ timeout: 30_000 });
}

/** Answers every item of `sheet` by clicking its labelled option. */
export async function answerItems(page: Page, view: RaterView, sheet: Sheet): Promise<void> {
  for (const [skillIndex, answers] of sheet.entries()) {
    for (const [itemIndex, answer] of answers.entries()) {
      if (answer === null) continue;
      const group = raterItemGroup(page, view, skillIndex, itemIndex);
      await group.getByRole('radio', { name: answerLabel(view, answer), exact: true }).check();
    }
  }
}

export interface Comments {
  strength?: string;
  develop?: string;
}

export async function writeComments(
  page: Page,
  view: RaterView,
  comments: Comments,
): Promise<void> {
  // The comment prompts name the person reviewed.
  const name = view.subject;
  if (comments.strength !== undefined) {
    await page
      .getByRole('textbox', { name: view.t('respond.strength', { name }), exact: true })
      .fill(comments.strength);
  }
  if (comments.develop !== undefined) {
    await page
      .getByRole('textbox', { name: view.t('respond.develop', { name }), exact: true })
      .fill(comments.develop);
  }
}

/** The page after sealing; returns the sealed response link it shows. */
export async function readSealedLink(page: Page, t: T): Promise<string> {
  await expect(mainHeading(page, t('respond.sentTitle'))).toBeVisible();
  const box = page.getByRole('textbox', { name: t('respond.responseLink'), exact: true });
  await expect(box).toHaveValue(/\/collect#R[\w-]+$/);
  return box.inputValue();
}

export async function seal(page: Page, t: T): Promise<string> {
  await page.getByRole('button', { name: t('respond.send'), exact: true }).click();
  return readSealedLink(page, t);
}

/**
 * The whole rater visit in English: open the link, answer, comment, seal; returns the link. The
 * "Self" link has no comment boxes (the self view is ratings only), which this checks.
 */
export async function respond(
  page: Page,
  url: string,
  who: Omit<RaterView, 't'>,
  sheet: Sheet,
  comments: Comments = {},
): Promise<string> {
  const view: RaterView = { t: translator('en'), ...who };
  await openInvitation(page, url, view);
  await answerItems(page, view, sheet);
  if (who.isSelf === true) {
    await expect(page.getByRole('heading', { name: view.t('respond.commentsTitle') })).toHaveCount(
      0,
    );
  } else {
    await writeComments(page, view, comments);
  }
  return seal(page, view.t);
}
