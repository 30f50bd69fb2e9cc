import { mainHeading } from './support/app';
import { translator } from './support/locales';
import { expect, test } from './support/review';
import {
  addedMessage,
  createReview,
  openResponseLink,
  pasteResponse,
  readInvitationUrl,
  storedData,
} from './support/review-owner';
import { openInvitation, respond } from './support/review-rater';
import { perSkill } from './support/review-sheets';

const t = translator('en');
const subject = 'Sam Rivera';
const answers = perSkill([3, 4, 2, 5, 3], [[4, 5]]);

/** The same link with the code's character at `index` replaced by another valid one. */
function withEditedCharacter(url: string, index: number): string {
  const [base, code] = url.split('#');
  if (base === undefined || code === undefined) throw new Error(`no code in ${url}`);
  const position = index < 0 ? code.length + index : index;
  const replacement = code.charAt(position) === 'A' ? 'B' : 'A';
  return `${base}#${code.slice(0, position)}${replacement}${code.slice(position + 1)}`;
}

test('changed, cut-off and foreign links are refused with a clear message, and nothing is stored', async ({
  page,
  openBrowser,
}) => {
  const reviewId = await createReview(page, t, {
    subject,
    ownerRole: 'subject',
    categories: ['peer'],
  });
  const invitation = await readInvitationUrl(page, t, 'peer');

  // A rater receives the invitation cut off: the code's length stays a whole number of
  // base64 blocks, so it decodes, and the checksum catches the loss.
  const rater = await openBrowser('rater');
  const code = invitation.split('#')[1] ?? '';
  const cutLength = Math.floor((code.length - 8) / 4) * 4;
  await rater.page.goto(`${invitation.split('#')[0] ?? ''}#${code.slice(0, cutLength)}`);
  await expect(mainHeading(rater.page, t('respond.title'))).toBeVisible();
  await expect(rater.page.getByRole('alert')).toHaveText(t('links.damaged'));
  await expect(
    rater.page.getByRole('textbox', { name: t('respond.pasteLabel'), exact: true }),
  ).toBeVisible();
  expect(await storedData(rater.page), 'a refused invitation starts no draft').toBeNull();

  // The link sent again in full works.
  const response = await respond(rater.page, invitation, { subject }, answers);
  const raterData = await storedData(rater.page);

  // The owner receives it with one character changed, in the sealed part or in its key.
  await expect(page).toHaveURL(`/reviews/${reviewId}`);
  const ownerData = await storedData(page);
  expect(ownerData).not.toBeNull();
  await pasteResponse(page, t, withEditedCharacter(response, -10));
  await expect(page.getByRole('alert')).toHaveText(t('links.cannotOpen'));
  expect(await storedData(page)).toBe(ownerData);

  await openResponseLink(page, withEditedCharacter(response, 40));
  await expect(page.getByRole('alert')).toHaveText(t('links.damaged'));
  await expect(page.getByText(t('collect.openReview'))).toHaveCount(0);
  expect(await storedData(page)).toBe(ownerData);

  // The rater opens their own response link: their browser does not hold the review.
  await openResponseLink(rater.page, response);
  await expect(rater.page.getByRole('alert')).toHaveText(t('collect.unknownReview'));
  expect(await storedData(rater.page)).toBe(raterData);

  // Someone else entirely opens it: the same message, and their browser keeps nothing.
  const stranger = await openBrowser('stranger');
  await stranger.page.goto('/');
  await expect(mainHeading(stranger.page, t('home.title'))).toBeVisible();
  const strangerData = await storedData(stranger.page);
  await openResponseLink(stranger.page, response);
  await expect(stranger.page.getByRole('alert')).toHaveText(t('collect.unknownReview'));
  expect(await storedData(stranger.page)).toBe(strangerData);

  // The unaltered link still opens in the owner's browser, once.
  await page.goto(`/reviews/${reviewId}`);
  await pasteResponse(page, t, response);
  await expect(addedMessage(page, t, subject, 1)).toBeVisible();
  expect(await storedData(page)).not.toBe(ownerData);
});

test('links stay short enough to paste anywhere: invitations with and without a 280-character message, and a response', async ({
  page,
  openBrowser,
}) => {
  await createReview(page, t, { subject, ownerRole: 'subject', categories: ['peer'] });
  const invitation = await readInvitationUrl(page, t, 'peer');

  const rater = await openBrowser('rater');
  const response = await respond(rater.page, invitation, { subject }, answers);

  const message = [
    'Sam is moving into a portfolio lead role next quarter, and I would value your honest view',
    'of how they show up with senior leaders, plan ahead, read the numbers and handle setbacks.',
    'Concrete examples help most. Your answers are sealed; only group averages reach me. Thank you!',
  ]
    .join(' ')
    .padEnd(280, '.')
    .slice(0, 280);
  expect(message).toHaveLength(280);
  await createReview(page, t, {
    subject,
    ownerRole: 'subject',
    categories: ['peer'],
    message,
  });
  const withMessage = await readInvitationUrl(page, t, 'peer');
  // The message travels inside the link.
  await openInvitation(rater.page, withMessage, { t, subject });
  await expect(rater.page.getByText(message, { exact: true })).toBeVisible();

  const sizes = {
    invitation: invitation.length,
    invitationWith280CharacterMessage: withMessage.length,
    responseWithoutComments: response.length,
  };
  console.log(`Link sizes (characters, whole URL on ${new URL(invitation).origin}):`, sizes);
  expect(sizes.invitation).toBeLessThan(400);
  expect(sizes.invitationWith280CharacterMessage).toBeLessThan(1000);
  expect(sizes.responseWithoutComments).toBeLessThan(400);
});
