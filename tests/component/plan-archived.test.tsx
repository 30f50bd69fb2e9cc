import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { emptyPlan } from '../../src/domain/plan/plan';
import { PlanPage } from '../../src/features/plan/plan-page';
import { useAppStore } from '../../src/stores/app-store';
import { makeGoal } from '../unit/domain/plan/plan-fixtures';
import { renderWithProviders, resetStores } from '../support/render';

describe('archived goals on the plan page', () => {
  beforeEach(() => {
    resetStores();
    useAppStore.setState({
      plan: {
        ...emptyPlan,
        goals: [
          makeGoal({ id: 'open', what: 'Chair the quarterly business review' }),
          makeGoal({
            id: 'old',
            what: 'Finish the finance course',
            archivedAt: '2025-12-01T09:00:00.000Z',
          }),
        ],
      },
    });
  });

  it('builds their cards only once the list is opened', async () => {
    const { user } = renderWithProviders(<PlanPage />, { route: '/plan' });
    expect(
      screen.getByRole('heading', { name: /Chair the quarterly business review/ }),
    ).toBeVisible();
    expect(screen.queryByRole('heading', { name: /Finish the finance course/ })).toBeNull();

    await user.click(screen.getByText('1 archived goal'));
    expect(await screen.findByRole('heading', { name: /Finish the finance course/ })).toBeVisible();
  });
});
