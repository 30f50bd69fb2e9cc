import { readFile } from 'node:fs/promises';
import { mainHeading } from './support/app';
import { translator } from './support/locales';
import { expect, test } from './support/review';
import {
  addedMessage,
  createReview,
  expectReviewStatus,
  invitationCard,
  openResponseLink,
  pasteResponse,
  readInvitationUrl,
  withAnyDate,
} from './support/review-owner';
import { respond } from './support/review-rater';
import {
  expectRadarDrawn,
  expectReportOf,
  expectSkillTable,
  expectWhoAnswered,
  openReport,
  skillTable,
} from './support/review-report';
import { perSkill } from './support/review-sheets';

const t = translator('en');
const subject = 'Jordan Lee';

const self = perSkill([4, 4, 3, 2, 5]);
const peers = [perSkill([3, 3, 3, 3, 3]), perSkill([4, 2, 3, 4, 4]), perSkill([2, 3, 4, 3, 4])];
const latePeer = perSkill([5, 5, 5, 5, 5]);

test('a manager runs a review for a report: the person rates themselves, peers answer, the manager hands over the frozen report and a late answer starts wave 2', async ({
  page,
  openBrowser,
}) => {
  const reviewId = await createReview(page, t, {
    subject,
    ownerRole: 'manager',
    categories: ['self', 'peer'],
  });
  await expect(page.getByRole('article')).toHaveCount(2);
  await expect(page.getByRole('heading', { name: t('review.selfTitle') })).toHaveCount(0);
  const selfUrl = await readInvitationUrl(page, t, 'self');
  const peersUrl = await readInvitationUrl(page, t, 'peer');
  await expectReviewStatus(page, t, 'review.open', 1);

  // The person reviewed answers the "Self" link; three peers answer theirs, each in their own browser.
  const [person, ...raters] = await Promise.all([
    openBrowser('person reviewed'),
    openBrowser('peer 1'),
    openBrowser('peer 2'),
    openBrowser('peer 3'),
  ]);
  const [selfLink, ...peerLinks] = await Promise.all([
    respond(person.page, selfUrl, { subject, isSelf: true }, self),
    ...raters.map((rater, index) =>
      respond(rater.page, peersUrl, { subject }, peers[index] ?? latePeer, {
        strength: `Peer strength ${index + 1}.`,
      }),
    ),
  ]);

  for (const link of [selfLink, ...peerLinks]) {
    await openResponseLink(page, link);
    await expect(addedMessage(page, t, subject, 1)).toBeVisible();
  }

  await openReport(page, t, reviewId, subject);
  await expect(page.getByText(t('report.live', { wave: 1 }))).toBeVisible();
  await expect(page.getByRole('combobox', { name: t('report.wave') })).toHaveCount(0);
  await expectWhoAnswered(page, t, { self: [1, 'attributed'], peer: [3, 'shown'] });
  const oracle = {
    threshold: 3,
    self,
    managers: [],
    groups: [{ label: t('report.group.peer'), raters: peers }],
  };
  await expectSkillTable(page, t, oracle);
  const waveOneTable = await skillTable(page, t).innerText();

  // Handing over the report downloads group figures only and freezes the wave.
  const downloading = page.waitForEvent('download');
  await page
    .getByRole('button', { name: t('report.shareButton', { name: subject }), exact: true })
    .click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('ascent-report-wave-1.json');
  await expect(page.getByRole('status').filter({ hasText: t('report.shared') })).toBeVisible();
  const reportPath = await download.path();
  const fileText = await readFile(reportPath, 'utf8');
  // Group figures and the shown comments; never a key, a response id or anyone's own answers.
  expect(JSON.parse(fileText)).toMatchObject({
    format: 'ascent-shared-report',
    reviewId,
    subjectName: subject,
    wave: 1,
  });
  for (const key of ['privateKeyJwk', 'responseId', 'answers', 'raterName', 'publicKey']) {
    expect(fileText).not.toContain(`"${key}"`);
  }

  await page.getByRole('link', { name: t('report.backToReview'), exact: true }).click();
  await expectReviewStatus(page, t, 'review.frozen', 1);
  await expect(page.getByRole('button', { name: t('review.close'), exact: true })).toHaveCount(0);

  // A late peer: the same link, a response that now opens wave 2.
  const late = await openBrowser('late peer');
  const lateLink = await respond(late.page, peersUrl, { subject }, latePeer);
  await pasteResponse(page, t, lateLink);
  await expect(addedMessage(page, t, subject, 2)).toBeVisible();
  await expectReviewStatus(page, t, 'review.open', 2);
  // The cards count the open wave.
  await expect(
    invitationCard(page, t, 'peer').getByText(t('invite.received', { count: 1 })),
  ).toBeVisible();

  await page.getByRole('link', { name: t('review.viewReport'), exact: true }).click();
  await expectRadarDrawn(page, t, subject);
  const waveSelect = page.getByRole('combobox', { name: t('report.wave'), exact: true });
  await expect(waveSelect).toHaveValue('2');
  await expect(page.getByText(t('report.live', { wave: 2 }))).toBeVisible();
  await expectWhoAnswered(page, t, { peer: [1, 'withheld'] });
  await waveSelect.selectOption({ label: t('report.waveOption', { wave: 1 }) });
  await expect(page.getByText(t('report.live', { wave: 1 }))).toHaveCount(0);
  await expect(page.getByText(withAnyDate(t, 'report.frozenOn', { wave: 1 }))).toBeVisible();
  await expectWhoAnswered(page, t, { self: [1, 'attributed'], peer: [3, 'shown'] });
  await expect(skillTable(page, t)).toHaveText(waveOneTable, { useInnerText: true });
  await expectSkillTable(page, t, oracle);

  // The person reviewed imports the file in their own browser and reads it there, read-only.
  await person.page.goto('/reviews');
  await expect(mainHeading(person.page, t('reviews.title'))).toBeVisible();
  await person.page
    .getByLabel(t('sharedReport.importButton'), { exact: true })
    .setInputFiles(reportPath);
  const imported = person.page.getByRole('status').filter({ hasText: t('sharedReport.imported') });
  await expect(imported).toBeVisible();
  await imported.getByRole('link', { name: t('sharedReport.open'), exact: true }).click();
  await expect(person.page).toHaveURL(`/reviews/shared/${reviewId}/1`);
  await expectReportOf(person.page, t, subject);
  await expectRadarDrawn(person.page, t, subject);
  await expectWhoAnswered(person.page, t, { self: [1, 'attributed'], peer: [3, 'shown'] });
  await expect(skillTable(person.page, t)).toHaveText(waveOneTable, { useInnerText: true });
  // Read-only: nothing to change, freeze, hand over or switch; only printing.
  const main = person.page.getByRole('main');
  await expect(main.getByRole('button')).toHaveText([t('results.print')]);
  await expect(main.getByRole('combobox')).toHaveCount(0);
  await expect(main.getByRole('textbox')).toHaveCount(0);
  // And it is listed for later.
  await person.page.goto('/reviews');
  await expect(
    person.page.getByRole('link', { name: new RegExp(`^${subject} — wave 1`) }),
  ).toBeVisible();
});
