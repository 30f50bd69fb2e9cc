import { bandOfAlpha, cronbachAlpha } from '../../src/domain/review/scale-reliability';
import { discloseAgreement } from '../../src/domain/review/rater-agreement';
import { formatNumber, ITEMS_PER_SKILL, skills } from './support/instrument';
import { translator } from './support/locales';
import { expect, expectNoAxeViolations, expectNoHorizontalScroll, test } from './support/review';
import { openReport } from './support/review-report';
import { seededReview } from './support/review-seed';
import type { Sheet } from './support/review-sheets';
import { seedState } from './support/storage';

const t = translator('en');
const subject = 'Robin Chen';
const levels = [2, 3, 3, 4, 4, 5, 4, 3] as const;
const ratings = [1, 2, 3, 4, 5] as const;

/** Eight peers around their own level; the first three could not observe one resilience statement. */
const sheets: Sheet[] = levels.map((level, rater) =>
  skills.map((_skill, skillIndex) =>
    Array.from({ length: ITEMS_PER_SKILL }, (_, item) => {
      if (skillIndex === 4 && item === 0 && rater < 3) return 0;
      const value = level + ((rater + item) % 4 === 0 ? 1 : 0);
      return ratings[Math.min(value, 5) - 1] ?? 5;
    }),
  ),
);
const presence = sheets.map((sheet) =>
  (sheet[0] ?? []).flatMap((answer) => (answer === null ? [] : [answer])),
);

test('the report reads α and agreement in words and lists every statement by group', async ({
  page,
}) => {
  const review = await seededReview({
    subject,
    ownerRole: 'subject',
    categories: ['peer'],
    responses: sheets.map((sheet) => ({ category: 'peer' as const, sheet })),
  });
  await seedState(page, { reviews: [review] });
  await openReport(page, t, review.id, subject);

  const measure = page.getByRole('table', { name: t('report.measure.caption') });
  const presenceRow = measure.getByRole('row', {
    name: new RegExp(`^${t('skills.executive-presence.name')}`),
  });
  const alpha = cronbachAlpha(presence) ?? NaN;
  await expect(presenceRow.getByRole('cell').first()).toHaveText(
    t(`report.measure.alphaBand.${bandOfAlpha(alpha)}`, { value: formatNumber(alpha, 'en', 2) }),
  );
  const band = discloseAgreement(presence);
  await expect(presenceRow.getByRole('cell').nth(1)).toHaveText(
    band === null
      ? t('report.measure.agreementWithheld', { raters: 5 })
      : t(`report.measure.agreementBand.${band}`),
  );

  const heat = page.getByRole('table', {
    name: t('report.heat.caption', { skill: t('skills.executive-presence.name') }),
  });
  await expect(heat.getByRole('columnheader')).toHaveText([
    t('report.colItem'),
    t('report.group.peer'),
    t('report.others'),
    t('report.heat.colNotObserved'),
  ]);
  // 3, 3, 3, 4, 5, 5, 4, 3 on the first statement.
  const first = heat.getByRole('row', {
    name: new RegExp(t('items.ep-1.rater', { name: subject }).slice(0, 30)),
  });
  await expect(first.getByRole('cell')).toHaveText(['3.75', '3.75', '0']);

  const resilience = page.getByRole('table', {
    name: t('report.heat.caption', { skill: t('skills.resilience-adaptability.name') }),
  });
  const unseen = resilience.getByRole('row').nth(1);
  await expect(unseen.getByRole('rowheader')).toContainText(t('report.heat.hardToObserve'));
  await expect(unseen.getByRole('cell').last()).toHaveText('3');

  await expectNoAxeViolations(page, 'the report with α, agreement and the statement table');
  await page.setViewportSize({ width: 360, height: 800 });
  await expectNoHorizontalScroll(page, 'the report at 360 px');
});
