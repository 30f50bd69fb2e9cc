import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { HistoryPage } from '../../src/features/history/history-page';
import { PlanPage } from '../../src/features/plan/plan-page';
import { ResultsPage } from '../../src/features/results/results-page';
import { ReviewsPage } from '../../src/features/review/reviews/reviews-page';
import { renderWithProviders, resetStores } from '../support/render';

/** The one call to action an empty page shows, by its name. */
function onlyLink(name: string) {
  const links = screen.getAllByRole('link', { name });
  expect(links).toHaveLength(1);
  return links[0];
}

describe('pages with nothing stored', () => {
  beforeEach(resetStores);

  it('history says what to do and offers the self-assessment', () => {
    renderWithProviders(<HistoryPage />, { route: '/history' });
    expect(screen.getByText(/^No completed self-assessment yet\. Take it/)).toBeVisible();
    expect(onlyLink('Take the self-assessment')).toHaveAttribute('href', '/assessment');
    expect(screen.queryByRole('heading', { name: /Compare/ })).not.toBeInTheDocument();
  });

  it('results say what to do and offer the self-assessment', () => {
    renderWithProviders(<ResultsPage />, { route: '/results' });
    expect(screen.getByText(/see your readiness on the five skills/)).toBeVisible();
    expect(onlyLink('Take the self-assessment')).toHaveAttribute('href', '/assessment');
  });

  it('360 reviews say what a review is for and offer one button to start it', () => {
    renderWithProviders(<ReviewsPage />, { route: '/reviews' });
    expect(screen.getByText(/^No reviews yet\. Start one to ask your manager/)).toBeVisible();
    expect(onlyLink('New 360° review')).toHaveAttribute('href', '/reviews/new');
  });

  it('shared reports say none has arrived and offer the import', () => {
    renderWithProviders(<ReviewsPage />, { route: '/reviews' });
    expect(screen.getByText('No report has been shared with you yet.')).toBeVisible();
    expect(screen.getByLabelText('Choose the report file')).toHaveAttribute('type', 'file');
  });

  it('the plan asks for the self-assessment once, with one button', () => {
    renderWithProviders(<PlanPage />, { route: '/plan' });
    expect(onlyLink('Take the self-assessment')).toHaveAttribute('href', '/assessment');
    expect(screen.getAllByText(/take the self-assessment/i)).toHaveLength(2);
    expect(screen.getByText('No goals yet. You can add your own now.')).toBeVisible();
  });
});
