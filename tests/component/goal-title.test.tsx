import { screen } from '@testing-library/react';
import i18next from 'i18next';
import { beforeEach, describe, expect, it } from 'vitest';
import { emptyPlan } from '../../src/domain/plan/plan';
import { PlanPage } from '../../src/features/plan/plan-page';
import frPages from '../../src/locales/fr/pages.json';
import frShell from '../../src/locales/fr/shell.json';
import { useAppStore } from '../../src/stores/app-store';
import { makeGoal } from '../unit/domain/plan/plan-fixtures';
import { renderWithProviders, resetStores } from '../support/render';

describe('a goal’s heading', () => {
  beforeEach(() => {
    resetStores();
    useAppStore.setState({
      plan: { ...emptyPlan, goals: [makeGoal({ what: 'Chair the quarterly business review' })] },
    });
  });

  it('joins skill and goal as the language punctuates it: a no-break space before the colon in French', async () => {
    i18next.addResourceBundle('fr', 'translation', { ...frShell, ...frPages }, true, true);
    await i18next.changeLanguage('fr');
    renderWithProviders(<PlanPage />, { route: '/plan' });

    // A no-break space, so the colon never starts a line of its own.
    expect(
      screen.getByRole('heading', {
        level: 3,
        name: 'Pensée stratégique\u00a0: Chair the quarterly business review',
      }),
    ).toBeVisible();
  });

  it('names the card with the same words as its heading', () => {
    renderWithProviders(<PlanPage />, { route: '/plan' });

    const heading = screen.getByRole('heading', { level: 3, name: /Chair the quarterly/ });
    expect(heading).toHaveTextContent('Strategic thinking: Chair the quarterly business review');
    expect(
      screen.getByRole('article', {
        name: 'Strategic thinking: Chair the quarterly business review',
      }),
    ).toContainElement(heading);
  });
});
