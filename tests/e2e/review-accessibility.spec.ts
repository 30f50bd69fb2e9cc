import type { Page } from '@playwright/test';
import { mainHeading, tabTo } from './support/app';
import { translator } from './support/locales';
import {
  expect,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  type RaterAnswer,
  test,
} from './support/review';
import { invitationLinkBox, readInvitationUrl } from './support/review-owner';
import {
  answerItems,
  answerLabel,
  openInvitation,
  raterHeading,
  raterItemGroup,
  type RaterView,
  readSealedLink,
  seal,
} from './support/review-rater';
import { expectRadarDrawn, openReport } from './support/review-report';
import { seededReview } from './support/review-seed';
import { perSkill, type Sheet } from './support/review-sheets';
import { seedState } from './support/storage';

const t = translator('en');
const subject = 'Robin Chen';

/** A manager's review of Robin with every group a report can show, collected in wave 1. */
function reviewWithResponses() {
  return seededReview({
    subject,
    ownerRole: 'manager',
    categories: ['self', 'manager', 'peer'],
    responses: [
      { category: 'self', sheet: perSkill([4, 3, 4, 2, 5]) },
      {
        category: 'manager',
        sheet: perSkill([3, 3, 4, 3, 4]),
        strength: 'Clear updates to the board.',
        develop: 'Delegate the weekly numbers.',
      },
      { category: 'peer', sheet: perSkill([4, 2, 3, 4, 4]), strength: 'Calm under pressure.' },
      { category: 'peer', sheet: perSkill([3, 4, 2, 3, 5]), develop: 'Share plans earlier.' },
      { category: 'peer', sheet: perSkill([5, 3, 3, 2, 4], [[1, 2]]) },
    ],
  });
}

/** Opens the seeded review's page and returns its Peers invitation link. */
async function peersInvitation(page: Page): Promise<string> {
  const review = await seededReview({ subject, ownerRole: 'subject', categories: ['peer'] });
  await seedState(page, { reviews: [review] });
  await page.goto(`/reviews/${review.id}`);
  return readInvitationUrl(page, t, 'peer');
}

// The routes themselves (lists, a review, a report) are in axe-routes.spec.ts; this walks the
// states a route table cannot open: validation errors, a manager's report, an imported report.
test('axe finds no WCAG 2.2 AA violations on the owner’s review pages, the report and a shared report, light and dark', async ({
  page,
  openBrowser,
}) => {
  // Six pages checked twice each (light, dark), one of them the report with its five statement
  // tables: on two shared cores this takes longer than the default two minutes.
  test.slow();
  await page.goto('/reviews');
  await expect(page.getByText(t('reviews.empty'), { exact: true })).toBeVisible();

  await page.getByRole('link', { name: t('reviews.new'), exact: true }).click();
  await expect(mainHeading(page, t('review.newTitle'))).toBeVisible();
  for (const box of await page
    .getByRole('group', { name: t('review.categories'), exact: true })
    .getByRole('checkbox')
    .all()) {
    await box.uncheck();
  }
  await page.getByRole('button', { name: t('review.create'), exact: true }).click();
  await expect(page.getByText(t('review.errors.subjectRequired'))).toBeVisible();
  await expect(page.getByText(t('review.errors.categoriesRequired'))).toBeVisible();
  // Matched by the start of its name: hints and errors may or may not be part of the label.
  await expect(page.getByRole('textbox', { name: t('review.subjectName') })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await expectNoAxeViolations(page, 'a new review with validation errors');

  const review = await reviewWithResponses();
  await seedState(page, { reviews: [review] });
  await page.goto('/reviews');
  await expect(page.getByRole('link', { name: subject, exact: true })).toBeVisible();

  await page.getByRole('link', { name: subject, exact: true }).click();
  await expect(invitationLinkBox(page, t, 'peer')).toHaveValue(/#I/);

  await openReport(page, t, review.id, subject);
  await expect(page.getByRole('table', { name: t('report.highest') })).toBeVisible();
  await expectNoAxeViolations(page, 'a report with data');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: t('report.shareButton', { name: subject }) }).click();
  const reportFile = await (await downloading).path();
  const person = await openBrowser('person reviewed');
  await person.page.goto('/reviews');
  await person.page
    .getByLabel(t('sharedReport.importButton'), { exact: true })
    .setInputFiles(reportFile);
  await person.page.getByRole('link', { name: t('sharedReport.open'), exact: true }).click();
  await expect(person.page).toHaveURL(`/reviews/shared/${review.id}/1`);
  await expectRadarDrawn(person.page, t, subject);
  await expectNoAxeViolations(person.page, 'a shared report');
});

test('axe finds no WCAG 2.2 AA violations on the rater’s pages: the invitation, missing answers, the sealed response', async ({
  page,
  openBrowser,
}) => {
  const invitation = await peersInvitation(page);
  const { page: rater } = await openBrowser('rater');
  const view: RaterView = { t, subject };
  await openInvitation(rater, invitation, view);
  await expectNoAxeViolations(rater, 'the rater page');

  // Sealing too early marks every open statement.
  const sheet = perSkill([4, 3, 5, 2, 3], [[0, 1]]);
  await answerItems(rater, view, sheet.slice(0, 2));
  await rater.getByRole('button', { name: t('respond.send'), exact: true }).click();
  const missing = Array.from({ length: 18 }, (_, index) => index + 13).join(', ');
  await expect(rater.getByRole('alert')).toHaveText(
    t('respond.missing', { count: 18, items: missing }),
  );
  await expect(raterItemGroup(rater, view, 2, 0)).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(rater, 'the rater page with missing answers');

  await answerItems(
    rater,
    view,
    sheet.map((answers, index) => (index < 2 ? [] : answers)),
  );
  await seal(rater, t);
  await expectNoAxeViolations(rater, 'the sealed-response page');
});

test('at 360 px wide the review page, the rater page and the report do not scroll sideways', async ({
  page,
  openBrowser,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const review = await reviewWithResponses();
  await seedState(page, { reviews: [review] });
  await page.goto(`/reviews/${review.id}`);
  const peers = await readInvitationUrl(page, t, 'peer');
  await expectNoHorizontalScroll(page, 'the review page');

  await openReport(page, t, review.id, subject);
  await expectNoHorizontalScroll(page, 'the report');

  const { page: rater } = await openBrowser('rater on a phone', {
    viewport: { width: 360, height: 740 },
  });
  const view: RaterView = { t, subject };
  await openInvitation(rater, peers, view);
  // The longest option label is chosen, so its width counts too.
  await answerItems(rater, view, [[5, 0]]);
  await expectNoHorizontalScroll(rater, 'the rater page');
});

/** From the focused first option of an unanswered group, selects `answer` with the keyboard. */
async function chooseWithKeys(page: Page, answer: RaterAnswer): Promise<void> {
  if (answer === 1) {
    await page.keyboard.press('Space');
  } else if (answer === 0) {
    // "Not observed" is the last option: one step back from the first wraps to it.
    await page.keyboard.press('ArrowLeft');
  } else {
    for (let step = 1; step < answer; step += 1) {
      await page.keyboard.press(step % 2 === 0 ? 'ArrowRight' : 'ArrowDown');
    }
  }
}

test('a rater answers all 30 statements and seals them with the keyboard alone', async ({
  page,
  openBrowser,
}) => {
  const invitation = await peersInvitation(page);
  const { page: rater } = await openBrowser('keyboard rater');
  const view: RaterView = { t, subject };
  await rater.goto(invitation);
  await expect(raterHeading(rater, view)).toBeVisible();

  const sheet: Sheet = perSkill(
    [1, 2, 3, 4, 5],
    [
      [0, 5],
      [2, 0],
      [4, 3],
    ],
  );
  for (const [skillIndex, answers] of sheet.entries()) {
    for (const [itemIndex, answer] of answers.entries()) {
      if (answer === null) continue;
      const group = raterItemGroup(rater, view, skillIndex, itemIndex);
      // Tab goes from one group to the next; the first reaches the form past the page's links.
      await tabTo(rater, group.getByRole('radio').first(), {
        max: skillIndex === 0 && itemIndex === 0 ? 40 : 1,
      });
      await chooseWithKeys(rater, answer);
      const chosen = group.getByRole('radio', { name: answerLabel(view, answer), exact: true });
      await expect(chosen).toBeChecked();
      await expect(chosen).toBeFocused();
    }
  }

  const strength = rater.getByRole('textbox', {
    name: t('respond.strength', { name: subject }),
    exact: true,
  });
  await tabTo(rater, strength, { max: 1 });
  await rater.keyboard.type('Keeps meetings short.');
  await expect(strength).toHaveValue('Keeps meetings short.');
  const send = rater.getByRole('button', { name: t('respond.send'), exact: true });
  await tabTo(rater, send, { max: 4 });
  await rater.keyboard.press('Enter');
  const link = await readSealedLink(rater, t);
  expect(link).toMatch(/\/collect#R/);
});
