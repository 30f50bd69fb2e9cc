import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { itemBank } from '../../src/content/item-bank';
import type { RaterAnswer } from '../../src/domain/instrument/scale';
import { buildReviewReport } from '../../src/domain/review/review-report';
import type { ReviewResponseInput } from '../../src/domain/review/review-raters';
import { ReportView } from '../../src/features/review/report/report-view';
import { renderWithProviders, resetStores } from '../support/render';
import { itemsInFormOrder } from '../support/reviews';

const bases = [2, 3, 3, 4, 4, 5, 4, 3] as const;
const ratings = [1, 2, 3, 4, 5] as const;

/** Eight peers; each answers around their own level, so α is defined and high. */
function peer(index: number, unseen: readonly string[] = []): ReviewResponseInput {
  const base = bases[index] ?? 3;
  const answers = Object.fromEntries(
    itemsInFormOrder.map((id, item): [string, RaterAnswer] => {
      if (unseen.includes(id)) return [id, 0];
      const value = base + ((index + item) % 4 === 0 ? 1 : 0);
      return [id, ratings[Math.min(value, 5) - 1] ?? 5];
    }),
  );
  return {
    responseId: `peer-${String(index)}`,
    category: 'peer',
    answers,
    strength: '',
    develop: '',
  };
}

function renderReportOf(responses: ReviewResponseInput[], instrumentVersion = itemBank.version) {
  const report = buildReviewReport({
    bank: itemBank,
    self: null,
    responses,
    threshold: 3,
    seed: 'component',
    instrumentVersion,
  });
  renderWithProviders(<ReportView report={report} subjectName="Ana Pérez" />);
  return report;
}

const measureTable = () =>
  screen.getByRole('table', { name: 'Statement consistency and rater agreement, by skill' });
const heatTable = (skill: string) =>
  screen.getByRole('table', { name: `${skill}: mean per statement` });

describe('the report’s measurement readings', () => {
  beforeEach(resetStores);

  it('reads α and rater agreement in words, about the statements, not the person', () => {
    // Three of eight could not observe the first resilience statement.
    const unseen = ['ra-1'];
    renderReportOf(bases.map((_, i) => peer(i, i < 3 ? unseen : [])));

    expect(screen.getByText(/not how good Ana Pérez is/)).toBeVisible();
    const presence = within(measureTable()).getByRole('row', { name: /^Executive presence/ });
    expect(within(presence).getAllByRole('cell')[0]).toHaveTextContent(
      /^The six statements agree (well|acceptably|poorly) \(α \d\.\d\d\)/,
    );
    expect(within(presence).getAllByRole('cell')[1]).toHaveTextContent(
      /^Raters (broadly agree|disagree: talk about it)$/,
    );
    // Only five raters rated every resilience statement: α waits for eight.
    const resilience = within(measureTable()).getByRole('row', { name: /^Resilience/ });
    expect(within(resilience).getAllByRole('cell')[0]).toHaveTextContent(
      'Not shown: needs 8 raters who rated all six',
    );
  });

  it('withholds α below eight raters', () => {
    renderReportOf(bases.slice(0, 5).map((_, i) => peer(i)));
    const presence = within(measureTable()).getByRole('row', { name: /^Executive presence/ });
    expect(within(presence).getAllByRole('cell')[0]).toHaveTextContent(/^Not shown/);
  });
});

describe('the statement heat table', () => {
  beforeEach(resetStores);

  it('lists each statement with the group mean, others, and not-observed count in cells', () => {
    renderReportOf(bases.map((_, i) => peer(i, i < 3 ? ['ra-1'] : [])));
    const table = heatTable('Executive presence');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Statement', 'Peers', 'Others', 'Not observed']);
    const first = within(table).getByRole('row', { name: /states a clear recommendation/ });
    const cells = within(first)
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    // Raters 0 and 4 go one up on it: 3, 3, 3, 4, 5, 5, 4, 3 → 30 / 8.
    expect(cells).toEqual(['3.75', '3.75', '0']);
  });

  it('flags a statement many could not observe as hard to observe, and withholds its means', () => {
    renderReportOf(bases.map((_, i) => peer(i, i < 3 ? ['ra-1'] : [])));
    const table = heatTable('Resilience and adaptability');
    const row = within(table).getAllByRole('row')[1];
    if (row === undefined) throw new Error('no first statement row');
    expect(within(row).getByRole('rowheader')).toHaveTextContent(/Hard to observe$/);
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['—not shown', '—not shown', '3']);
    expect(screen.getByText(/not a weakness of Ana Pérez/)).toBeVisible();
  });

  it('shows the wording the raters saw on an older item bank', () => {
    renderReportOf(
      bases.map((_, i) => peer(i)),
      '2026.1',
    );
    const table = heatTable('Executive presence');
    expect(
      within(table).getByRole('rowheader', {
        name: /^Ana Pérez holds their position when senior stakeholders challenge it/,
      }),
    ).toBeVisible();
    expect(within(table).queryByText(/keeps their recommendation/)).not.toBeInTheDocument();
  });
});
