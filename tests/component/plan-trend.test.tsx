import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { TrendSection } from '../../src/features/plan/trend-section';
import { useAppStore } from '../../src/stores/app-store';
import { assessmentWith, steadyRatings } from '../support/fixtures';
import { renderWithProviders, resetStores } from '../support/render';

describe('the plan’s trend', () => {
  beforeEach(resetStores);

  it('reads each skill’s change since the first self-assessment against the noise', () => {
    useAppStore.setState({
      assessments: [
        assessmentWith('first', '2026-01-10T09:00:00.000Z', steadyRatings),
        assessmentWith('middle', '2026-04-10T09:00:00.000Z', steadyRatings),
        assessmentWith('latest', '2026-07-10T09:00:00.000Z', {
          ...steadyRatings,
          'executive-presence': 3,
          'resilience-adaptability': 5,
          'data-driven-decisions': 3,
        }),
      ],
    });
    renderWithProviders(<TrendSection reviews={[]} />);
    expect(
      screen.getByText(
        'Your self-assessments, from the first (January 10, 2026) to the latest (July 10, 2026):',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Executive presence: +25, within the noise')).toBeInTheDocument();
    expect(screen.getByText('Resilience and adaptability: +100, real rise')).toBeInTheDocument();
    expect(screen.getByText('Data-driven decision-making: -50, real fall')).toBeInTheDocument();
    expect(screen.getByText('Strategic thinking: no change, within the noise')).toBeInTheDocument();
  });

  it('says nothing about change with a single self-assessment', () => {
    useAppStore.setState({
      assessments: [assessmentWith('only', '2026-01-10T09:00:00.000Z', steadyRatings)],
    });
    renderWithProviders(
      <TrendSection reviews={[{ date: '2026-03-01T09:00:00.000Z', indices: {} }]} />,
    );
    expect(screen.queryByText(/Your self-assessments, from the first/)).not.toBeInTheDocument();
    expect(screen.getByRole('table', { name: /Skill indices by date/ })).toBeInTheDocument();
  });
});
