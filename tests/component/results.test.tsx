import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { ResultsPage } from '../../src/features/results/results-page';
import { useAppStore } from '../../src/stores/app-store';
import { assessmentWith, steadyRatings } from '../support/fixtures';
import { renderWithProviders, resetStores } from '../support/render';

describe('the results page', () => {
  beforeEach(resetStores);

  it('invites a first assessment when there is no result', () => {
    renderWithProviders(<ResultsPage />, { route: '/results' });
    expect(
      screen.getByText(/^How ready you are on each of the five executive skills/),
    ).toBeVisible();
    expect(screen.getByText(/^No completed self-assessment yet\. Take it/)).toBeVisible();
    expect(screen.getByRole('link', { name: 'Take the self-assessment' })).toHaveAttribute(
      'href',
      '/assessment',
    );
  });

  it('says so when the requested result does not exist', () => {
    renderWithProviders(<ResultsPage />, { route: '/results/missing', path: '/results/:id' });
    expect(screen.getByText('That result does not exist. It may have been deleted.')).toBeVisible();
  });

  it('shows overall readiness, strengths, priorities and a table for the charts', () => {
    useAppStore.setState({
      assessments: [assessmentWith('a1', '2026-03-01T10:00:00.000Z', steadyRatings)],
    });
    renderWithProviders(<ResultsPage />, { route: '/results' });

    expect(screen.getByText('50 out of 100 — Developing')).toBeVisible();
    expect(
      screen.getByText('Data-driven decision-making, Financial and business acumen'),
    ).toBeVisible();
    expect(screen.getByText('Resilience and adaptability, Executive presence')).toBeVisible();

    const table = screen.getByRole('table', { name: 'Scores by skill' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      ),
    ).toEqual([
      ['2.00', '25', 'Foundational', '6 / 6'],
      ['3.00', '50', 'Developing', '6 / 6'],
      ['4.00', '75', 'Executive-ready', '6 / 6'],
      ['5.00', '100', 'Executive-ready', '6 / 6'],
      ['1.00', '0', 'Foundational', '6 / 6'],
    ]);
    expect(
      screen.getAllByRole('img', { name: /The same data is in the table below/ }),
    ).toHaveLength(2);
  });

  it('interprets each skill and states the scoring rules', () => {
    useAppStore.setState({
      assessments: [assessmentWith('a1', '2026-03-01T10:00:00.000Z', steadyRatings)],
    });
    renderWithProviders(<ResultsPage />, { route: '/results/a1', path: '/results/:id' });
    expect(
      screen.getByRole('heading', { name: 'Executive presence: Foundational, 25 out of 100' }),
    ).toBeVisible();
    const rules = screen.getByRole('region', { name: 'How scoring works' });
    expect(rules).toHaveTextContent(
      'Developing from 40; Proficient from 60; Executive-ready from 75',
    );
    expect(rules).toHaveTextContent('Ascent has no norms and claims none');
  });

  it('ends with the next steps: build the plan, ask others for a 360', () => {
    useAppStore.setState({
      assessments: [assessmentWith('a1', '2026-03-01T10:00:00.000Z', steadyRatings)],
    });
    renderWithProviders(<ResultsPage />, { route: '/results' });

    const next = screen.getByRole('region', { name: 'Next steps' });
    expect(
      within(next).getByRole('link', { name: 'Build my plan from these results' }),
    ).toHaveAttribute('href', '/plan');
    expect(
      within(next).getByRole('link', { name: 'Ask others for a 360° review' }),
    ).toHaveAttribute('href', '/reviews/new');
  });
});
