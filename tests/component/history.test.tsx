import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { HistoryPage } from '../../src/features/history/history-page';
import { useAppStore } from '../../src/stores/app-store';
import { assessmentWith, steadyRatings } from '../support/fixtures';
import { renderWithProviders, resetStores } from '../support/render';

const earlier = assessmentWith('old', '2026-01-10T09:00:00.000Z', {
  ...steadyRatings,
  'executive-presence': 1,
});
const latest = assessmentWith('new', '2026-07-10T09:00:00.000Z', steadyRatings);

describe('the history page', () => {
  beforeEach(() => {
    resetStores();
    useAppStore.setState({ assessments: [earlier, latest] });
  });

  it('lists results newest first, each opening its own result', () => {
    renderWithProviders(<HistoryPage />, { route: '/history' });
    const table = screen.getByRole('table', { name: 'Completed self-assessments' });
    const links = within(table).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      '/results/new',
      '/results/old',
    ]);
  });

  it('shows the change per skill against an earlier result', () => {
    renderWithProviders(<HistoryPage />, { route: '/history' });
    const table = screen.getByRole('table', { name: /Change per skill/ });
    const presence = within(table).getByRole('row', { name: /Executive presence/ });
    expect(
      within(presence)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['0', '25', '+25', 'within the noise']);
    const strategy = within(table).getByRole('row', { name: /Strategic thinking/ });
    expect(within(strategy).getAllByRole('cell')[2]).toHaveTextContent('no change');
  });

  it('deletes a result only after confirmation', async () => {
    const { user } = renderWithProviders(<HistoryPage />, { route: '/history' });
    const [deleteNewest] = screen.getAllByRole('button', { name: /Delete result from/ });
    if (!deleteNewest) throw new Error('no delete button');

    await user.click(deleteNewest);
    const dialog = screen.getByRole('dialog', { name: 'Delete this result?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(useAppStore.getState().assessments).toHaveLength(2);

    await user.click(deleteNewest);
    await user.click(
      within(screen.getByRole('dialog', { name: 'Delete this result?' })).getByRole('button', {
        name: 'Delete',
      }),
    );
    expect(useAppStore.getState().assessments.map((a) => a.id)).toEqual(['old']);
    expect(screen.getByText('The result was deleted.')).toBeVisible();
  });
});
