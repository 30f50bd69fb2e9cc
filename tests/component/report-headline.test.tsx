import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { itemBank } from '../../src/content/item-bank';
import { itemsForSkill } from '../../src/domain/instrument/instrument';
import type { Rating } from '../../src/domain/instrument/scale';
import { skillIds, type SkillId } from '../../src/domain/instrument/skills';
import type { OtherRaterCategory } from '../../src/domain/review/review-raters';
import { buildReviewReport } from '../../src/domain/review/review-report';
import { ReportHeadline } from '../../src/features/review/report/report-headline';
import { renderWithProviders, resetStores } from '../support/render';
import { SUBJECT, shortIdFor } from '../support/reviews';

/** Every item of a skill rated the same; skills not listed are rated 3. */
function sheet(ratings: Partial<Record<SkillId, Rating>>) {
  return Object.fromEntries(
    skillIds.flatMap((skill) =>
      itemsForSkill(itemBank, skill).map((item) => [item.id, ratings[skill] ?? 3]),
    ),
  );
}

function raters(
  category: OtherRaterCategory,
  count: number,
  ratings: Partial<Record<SkillId, Rating>>,
) {
  return Array.from({ length: count }, (_, index) => ({
    responseId: shortIdFor(category, index + 1),
    category,
    answers: sheet(ratings),
    strength: '',
    develop: '',
  }));
}

function renderHeadline(
  self: Partial<Record<SkillId, Rating>> | null,
  responses: ReturnType<typeof raters>,
) {
  const report = buildReviewReport({
    bank: itemBank,
    self: self === null ? null : sheet(self),
    responses,
    threshold: 3,
    seed: 'headline',
  });
  renderWithProviders(<ReportHeadline report={report} subjectName={SUBJECT} />);
  return screen.getByRole('region', { name: 'In short' });
}

describe('the words at the top of a 360 report', () => {
  beforeEach(resetStores);

  it('names a blind spot with both figures on the 0–100 index', () => {
    const summary = renderHeadline(
      { 'executive-presence': 5 },
      raters('peer', 3, { 'executive-presence': 3 }),
    );
    const list = within(summary).getByRole('list');
    expect(within(summary).getByRole('heading', { name: 'Blind spots' })).toBeVisible();
    expect(within(list).getByRole('listitem')).toHaveTextContent(
      `Executive presence (self 100, others 50): ${SUBJECT} rates this skill clearly higher than others do.`,
    );
    expect(within(summary).queryByRole('heading', { name: 'Hidden strengths' })).toBeNull();
  });

  it('names a hidden strength and what others rate highest', () => {
    const summary = renderHeadline(
      { 'strategic-thinking': 2, 'business-acumen': 4 },
      raters('peer', 3, { 'strategic-thinking': 4, 'business-acumen': 4 }),
    );
    expect(within(summary).getByRole('heading', { name: 'Hidden strengths' })).toBeVisible();
    expect(within(summary).getByRole('listitem')).toHaveTextContent(
      `Strategic thinking (self 25, others 75): others rate this skill clearly higher than ${SUBJECT} does.`,
    );
    expect(summary).toHaveTextContent(
      'Rated highest by others: Strategic thinking, Financial and business acumen.',
    );
  });

  it('says nothing about a withheld group, even when its ratings would make a gap', () => {
    const summary = renderHeadline({}, [
      ...raters('peer', 3, {}),
      ...raters('direct-report', 2, { 'data-driven-decisions': 1, 'resilience-adaptability': 5 }),
    ]);
    expect(summary).not.toHaveTextContent(/direct report/i);
    expect(summary).not.toHaveTextContent(/combined/i);
    expect(within(summary).queryByRole('heading', { name: 'Blind spots' })).toBeNull();
    expect(within(summary).queryByRole('heading', { name: 'Hidden strengths' })).toBeNull();
    expect(summary).toHaveTextContent(
      `No blind spot or hidden strength: on every skill, ${SUBJECT}'s own rating and others' ratings are close.`,
    );
  });

  it('with every group withheld, tells only what the attributed manager said', () => {
    const summary = renderHeadline({ 'executive-presence': 5 }, [
      ...raters('manager', 1, { 'business-acumen': 5 }),
      ...raters('peer', 2, { 'executive-presence': 1 }),
    ]);
    expect(summary).toHaveTextContent(
      'Rated highest by the manager: Financial and business acumen, Executive presence.',
    );
    expect(summary).toHaveTextContent(
      'Blind spots and hidden strengths appear once enough others have answered for a group to be shown.',
    );
    expect(summary).not.toHaveTextContent(/peer/i);
    expect(within(summary).queryByRole('heading', { name: 'Blind spots' })).toBeNull();
  });

  it('without a self-assessment, says that no comparison can be made', () => {
    const summary = renderHeadline(null, raters('peer', 3, {}));
    expect(summary).toHaveTextContent(
      'No self-assessment is linked to this review, so self and others cannot be compared.',
    );
    expect(within(summary).queryByRole('list')).toBeNull();
  });
});
