import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyPlan, type Goal } from '../../src/domain/plan/plan';
import { HomePage } from '../../src/features/home/home-page';
import { useAppStore } from '../../src/stores/app-store';
import { assessmentWith, steadyRatings } from '../support/fixtures';
import { renderWithProviders, resetStores } from '../support/render';
import { createOwnedReview, raterResponse, receivedResponse, shortIdFor } from '../support/reviews';

const goal: Goal = {
  id: 'g1',
  skill: 'business-acumen',
  what: 'Cost every program',
  measure: 'Full cost known for all programs',
  targetDate: '2026-09-30',
  createdAt: '2026-03-01T10:00:00.000Z',
  archivedAt: null,
  actions: [],
};

async function dashboardCard(name: string) {
  return screen.findByRole('region', { name });
}

describe('the home dashboard', () => {
  beforeEach(() => {
    resetStores();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-05-04T10:00:00'));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('replaces the introduction once something is stored', async () => {
    useAppStore.setState({
      assessments: [assessmentWith('a1', '2026-03-01T10:00:00.000Z', steadyRatings)],
    });
    renderWithProviders(<HomePage />);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Your development at a glance' }),
    ).toBeVisible();
    expect(screen.queryByRole('heading', { name: 'The five skills' })).not.toBeInTheDocument();
  });

  it('shows the latest readiness and calls a change within the noise no change', async () => {
    const first = assessmentWith('a1', '2026-01-01T10:00:00.000Z', steadyRatings);
    const second = assessmentWith('a2', '2026-03-01T10:00:00.000Z', steadyRatings);
    second.answers['ep-1'] = 3;
    useAppStore.setState({ assessments: [first, second] });
    renderWithProviders(<HomePage />);
    const card = await dashboardCard('Readiness');
    expect(within(card).getByText('51 out of 100 — Developing')).toBeVisible();
    expect(within(card).getByText(/Overall change since January 1, 2026: \+1\./)).toBeVisible();
    expect(within(card).getByText(/not yet a real change/)).toBeVisible();
    expect(within(card).getByRole('link', { name: 'Compare in History' })).toHaveAttribute(
      'href',
      '/history',
    );
  });

  it('names a skill whose change passes the reliable-change rule', async () => {
    const first = assessmentWith('a1', '2026-01-01T10:00:00.000Z', steadyRatings);
    const second = assessmentWith('a2', '2026-03-01T10:00:00.000Z', {
      ...steadyRatings,
      'resilience-adaptability': 4,
    });
    useAppStore.setState({ assessments: [first, second] });
    renderWithProviders(<HomePage />);
    const card = await dashboardCard('Readiness');
    expect(within(card).getByText('Real rise: Resilience and adaptability.')).toBeVisible();
  });

  it('shows the next goal due with a link to the plan', async () => {
    useAppStore.setState({ plan: { ...emptyPlan, goals: [goal] } });
    renderWithProviders(<HomePage />);
    const card = await dashboardCard('Next goal due');
    expect(within(card).getByText('Cost every program')).toBeVisible();
    expect(within(card).getByText('Due September 30, 2026')).toBeVisible();
    expect(within(card).getByRole('link', { name: 'Open your plan' })).toHaveAttribute(
      'href',
      '/plan',
    );
    const readiness = await dashboardCard('Readiness');
    expect(
      within(readiness).getByRole('link', { name: 'Start the self-assessment' }),
    ).toBeVisible();
  });

  it('counts the answers each open review has received, with a link to it', async () => {
    const review = await createOwnedReview();
    const response = raterResponse({ responseId: shortIdFor('peer', 1) });
    useAppStore.setState({ reviews: [{ ...review, responses: [receivedResponse(response)] }] });
    renderWithProviders(<HomePage />);
    const card = await dashboardCard('360° reviews waiting for answers');
    expect(within(card).getByRole('link', { name: review.subjectName })).toHaveAttribute(
      'href',
      `/reviews/${review.id}`,
    );
    expect(within(card).getByText(/1 answer so far · due March 31, 2026/)).toBeVisible();
  });

  it('suggests the next self-assessment six months after the latest, and says so', async () => {
    useAppStore.setState({
      assessments: [assessmentWith('a1', '2025-10-01T10:00:00.000Z', steadyRatings)],
    });
    renderWithProviders(<HomePage />);
    const card = await dashboardCard('Next self-assessment');
    expect(within(card).getByText('April 1, 2026')).toBeVisible();
    expect(within(card).getByText(/Six months have passed/)).toBeVisible();
    expect(
      within(card).getByRole('link', { name: 'Take the self-assessment again' }),
    ).toHaveAttribute('href', '/assessment');
  });

  it('offers a first goal and a first review when there are none', async () => {
    useAppStore.setState({
      assessments: [assessmentWith('a1', '2026-03-01T10:00:00.000Z', steadyRatings)],
    });
    renderWithProviders(<HomePage />);
    const goalCard = await dashboardCard('Next goal due');
    expect(within(goalCard).getByRole('link', { name: 'Add a goal' })).toHaveAttribute(
      'href',
      '/plan/goals/new',
    );
    const reviews = await dashboardCard('360° reviews waiting for answers');
    expect(within(reviews).getByRole('link', { name: 'New 360° review' })).toHaveAttribute(
      'href',
      '/reviews/new',
    );
  });
});
