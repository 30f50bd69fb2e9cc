import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { TeamPage } from '../../src/features/review/team/team-page';
import { useAppStore } from '../../src/stores/app-store';
import { renderWithProviders, resetStores } from '../support/render';
import { many, teamReview } from '../unit/domain/team/team-fixtures';

describe('the team page', () => {
  beforeEach(async () => {
    resetStores();
    const reviews = [
      await teamReview(1, 'Ana Pérez', many('peer', [4, 4, 4])),
      await teamReview(2, 'Bo Chen', many('peer', [3, 3])),
    ];
    useAppStore.setState({
      reviews,
      teams: [
        {
          id: 'TeamAAAAAAA',
          name: 'Platform',
          createdAt: '2026-03-01T08:00:00.000Z',
          reviewIds: reviews.map((review) => review.id),
        },
      ],
    });
  });

  it('names the page, then the team under it, and builds the team at a glance person by person', async () => {
    renderWithProviders(<TeamPage />, { route: '/reviews/team' });
    expect(screen.getByRole('heading', { level: 1, name: 'Team workspace' })).toBeVisible();
    expect(screen.getByText('Platform', { exact: true })).toBeVisible();
    expect(screen.getByRole('heading', { level: 2, name: 'The team at a glance' })).toBeVisible();

    const heat = await screen.findByRole('table', { name: "Others' index per person and skill" });
    const rows = within(heat)
      .getAllByRole('rowheader')
      .map((cell) => cell.textContent);
    expect(rows).toEqual(['Ana Pérez', 'Bo Chen', 'Team average']);
    expect(screen.queryByText("Adding up each person's figures…")).not.toBeInTheDocument();
  });
});
