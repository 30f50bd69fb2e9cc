import { mixedPattern, otherPattern } from './support/instrument';
import { translator } from './support/locales';
import { expect, test } from './support/review';
import {
  answerInSpanish,
  answerOffline,
  checkInvitationCards,
  closeWave,
  subject,
} from './support/review-360-steps';
import {
  addedMessage,
  createReview,
  expectReviewStatus,
  invitationCard,
  openResponseLink,
  pasteResponse,
  storedData,
  withAnyDate,
} from './support/review-owner';
import { respond } from './support/review-rater';
import {
  commentList,
  commentsRegion,
  expectRadarDrawn,
  expectSkillTable,
  expectWhoAnswered,
  openReport,
} from './support/review-report';
import { perSkill } from './support/review-sheets';
import { completedAssessment, seedAssessments } from './support/storage';

const t = translator('en');

/** Each rater rates every statement of a skill alike, so each skill mean is that rating. */
const peer1 = perSkill([4, 3, 5, 2, 4], [[0, 0]]); // one "Not observed", which must not count
const peer2 = perSkill([3, 3, 4, 2, 5]);
const peer3 = perSkill([5, 4, 4, 3, 3]);
const manager = perSkill([3, 2, 4, 3, 4]);

const comments = {
  peer1: { strength: 'Brings calm to hard meetings.', develop: 'Share the plan earlier.' },
  peer2: { strength: 'Escucha antes de decidir.' },
  peer3: { develop: 'Delegate more of the analysis.' },
  manager: { strength: 'Owns the numbers.', develop: 'Speak up sooner in board reviews.' },
};

test('a person runs their own 360° review: three peers (one in Spanish, one offline) and the manager answer, and the report shows groups only once they are large enough', async ({
  page,
  context,
  baseURL,
  openBrowser,
}) => {
  // The owner's latest self-assessment is the self view.
  await seedAssessments(page, [
    completedAssessment('self-earlier', '2026-01-10T08:15:00.000Z', otherPattern),
    completedAssessment('self-latest', '2026-04-20T16:45:00.000Z', mixedPattern),
  ]);
  const reviewId = await createReview(page, t, {
    subject,
    ownerRole: 'subject',
    categories: ['manager', 'peer'],
  });

  const { managerUrl, peersUrl } = await checkInvitationCards(page, context, t, baseURL ?? '');

  // Four people, four browsers, answering at the same time.
  const [p1, p2, p3, boss] = await Promise.all([
    openBrowser('peer 1'),
    openBrowser('peer 2 (Spanish)'),
    openBrowser('peer 3 (offline)', { serviceWorkers: 'allow' }),
    openBrowser('manager'),
  ]);
  const [peer1Link, peer2Link, peer3Link, managerLink] = await Promise.all([
    respond(p1.page, peersUrl, { subject }, peer1, comments.peer1),
    answerInSpanish(p2, peersUrl, peer2, comments.peer2),
    answerOffline(p3, peersUrl, peer3, comments.peer3),
    respond(boss.page, managerUrl, { subject }, manager, comments.manager),
  ]);
  expect(new Set([peer1Link, peer2Link, peer3Link, managerLink]).size).toBe(4);

  // The owner adds them: by opening the link, or by pasting it on the review page.
  await openResponseLink(page, managerLink);
  await expect(addedMessage(page, t, subject, 1)).toBeVisible();
  await page.goto(`/reviews/${reviewId}`);
  await pasteResponse(page, t, peer1Link);
  await expect(addedMessage(page, t, subject, 1)).toBeVisible();
  await openResponseLink(page, peer2Link);
  await expect(addedMessage(page, t, subject, 1)).toBeVisible();
  await page.getByRole('link', { name: t('collect.openReview'), exact: true }).click();
  await expect(page).toHaveURL(`/reviews/${reviewId}`);
  await expect(
    invitationCard(page, t, 'peer').getByText(t('invite.received', { count: 2 })),
  ).toBeVisible();
  await expect(
    invitationCard(page, t, 'manager').getByText(t('invite.received', { count: 1 })),
  ).toBeVisible();

  // Two peers are too few: they are neither shown nor mixed in anywhere, and the report says why.
  await page.getByRole('link', { name: t('review.viewReport'), exact: true }).click();
  await expectRadarDrawn(page, t, subject);
  await expect(page.getByText(t('report.live', { wave: 1 }))).toBeVisible();
  await expectWhoAnswered(page, t, {
    self: [1, 'attributed'],
    manager: [1, 'attributed'],
    peer: [2, 'withheld'],
  });
  await expect(
    page.getByRole('status').filter({
      hasText: t('report.poolWithheld', {
        groups: t('categories.peer'),
        count: 2,
        threshold: 3,
      }),
    }),
  ).toBeVisible();
  await expectSkillTable(page, t, {
    threshold: 3,
    self: mixedPattern,
    managers: [manager],
    groups: [],
  });
  await expect(commentsRegion(page, t)).toContainText(
    t('report.commentsWithheld', { threshold: 3 }),
  );
  await expect(commentsRegion(page, t)).not.toContainText(comments.peer1.strength);
  await expect(commentList(page, t, 'report.managerStrengths')).toHaveText(
    comments.manager.strength,
  );

  // The same response twice counts once.
  await openResponseLink(page, peer1Link);
  await expect(
    page.getByRole('status').filter({ hasText: t('collect.duplicate', { name: subject }) }),
  ).toBeVisible();
  const beforeRepeat = await storedData(page);
  await page.goto(`/reviews/${reviewId}`);
  await pasteResponse(page, t, peer2Link);
  await expect(
    page.getByRole('status').filter({ hasText: t('collect.duplicate', { name: subject }) }),
  ).toBeVisible();
  expect(await storedData(page)).toBe(beforeRepeat);
  await expect(
    invitationCard(page, t, 'peer').getByText(t('invite.received', { count: 2 })),
  ).toBeVisible();

  // The third peer (who answered offline) lifts Peers to the threshold.
  await pasteResponse(page, t, peer3Link);
  await expect(addedMessage(page, t, subject, 1)).toBeVisible();
  await expect(
    invitationCard(page, t, 'peer').getByText(t('invite.received', { count: 3 })),
  ).toBeVisible();

  await openReport(page, t, reviewId, subject);
  await expectWhoAnswered(page, t, {
    self: [1, 'attributed'],
    manager: [1, 'attributed'],
    peer: [3, 'shown'],
  });
  await expect(
    page.getByText(
      t('report.poolWithheld', { groups: t('categories.peer'), count: 2, threshold: 3 }),
    ),
  ).toHaveCount(0);
  await expectSkillTable(page, t, {
    threshold: 3,
    self: mixedPattern,
    managers: [manager],
    groups: [{ label: t('report.group.peer'), raters: [peer1, peer2, peer3] }],
  });
  await expect(page.getByRole('table', { name: t('report.highest'), exact: true })).toBeVisible();
  // Comments: the peers' without names or groups, the manager's by role.
  const listed = (key: string) => async () =>
    (await commentList(page, t, key).getByRole('listitem').allInnerTexts()).sort();
  await expect
    .poll(listed('report.strengths'))
    .toEqual([comments.peer1.strength, comments.peer2.strength].sort());
  await expect
    .poll(listed('report.developments'))
    .toEqual([comments.peer1.develop, comments.peer3.develop].sort());
  await expect(commentList(page, t, 'report.managerStrengths')).toHaveText(
    comments.manager.strength,
  );
  await expect(commentList(page, t, 'report.managerDevelopments')).toHaveText(
    comments.manager.develop,
  );
  await expect(
    page.getByRole('list').filter({ hasText: t('report.rules.manager-attributed') }),
  ).toBeVisible();
  // The subject's own report has nothing to hand over.
  await expect(
    page.getByRole('button', { name: t('report.shareButton', { name: subject }) }),
  ).toHaveCount(0);

  // Closing asks first; once confirmed the wave is frozen, and a repeat still changes nothing.
  await closeWave(page, t);
  await pasteResponse(page, t, peer3Link);
  await expect(
    page.getByRole('status').filter({ hasText: t('collect.duplicate', { name: subject }) }),
  ).toBeVisible();
  await expectReviewStatus(page, t, 'review.frozen', 1);
  await page.getByRole('link', { name: t('review.viewReport'), exact: true }).click();
  await expect(page.getByText(withAnyDate(t, 'report.frozenOn', { wave: 1 }))).toBeVisible();
  await expect(page.getByRole('combobox', { name: t('report.wave') })).toHaveCount(0);
});
