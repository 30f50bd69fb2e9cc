import { screen, within } from '@testing-library/react';
import type { OwnedReview } from '../../src/domain/review/owned-review';
import type { RaterAnswer } from '../../src/domain/instrument/scale';
import { ReportPage } from '../../src/features/review/report/report-page';
import { useAppStore } from '../../src/stores/app-store';
import { renderWithProviders } from '../support/render';
import { raterResponse, responsesFrom, shortIdFor } from '../support/reviews';

/** Shared by the report's component tests: three peers with comments, one manager. */
export const peerComments = [
  { strength: 'Listens well', develop: 'Say no more often' },
  { strength: 'Explains the why', develop: 'Share drafts earlier' },
  { strength: 'Keeps promises', develop: '' },
];

const peerRatings: RaterAnswer[] = [3, 4, 5];

export function peers(count: number) {
  return responsesFrom('peer', peerRatings.slice(0, count), (index) => peerComments[index] ?? {});
}

export const manager = raterResponse({
  responseId: shortIdFor('manager', 1),
  category: 'manager',
  answers: responsesFrom('manager', [2])[0]?.answers,
  strength: 'Sets a clear direction',
  develop: 'Delegate more',
});

export function renderReport(review: OwnedReview) {
  useAppStore.setState({ reviews: [review] });
  return renderWithProviders(<ReportPage />, {
    route: `/reviews/${review.id}/report`,
    path: '/reviews/:id/report',
  });
}

/** A table row read as a person would: its header cell, then each data cell. */
export function readRow(table: HTMLElement, name: string): (string | null)[] {
  const row = within(table).getByRole('row', { name: new RegExp(`^${name}`) });
  return [
    within(row).getByRole('rowheader').textContent,
    ...within(row)
      .getAllByRole('cell')
      .map((cell) => cell.textContent),
  ];
}

export function groupsTable() {
  return screen.getByRole('table', { name: 'Responses by group (anonymity threshold: 3)' });
}

export function skillsTable() {
  return screen.getByRole('table', { name: /^Mean ratings by skill/ });
}
