import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { itemBank } from '../../src/content/item-bank';
import { AssessmentRoutes } from '../../src/features/assessment/assessment-routes';
import { useAppStore } from '../../src/stores/app-store';
import { renderWithProviders, resetStores } from '../support/render';

function answerAllBut(skippedId: string | null) {
  useAppStore.getState().startDraft(itemBank.version);
  for (const item of itemBank.items) {
    if (item.id !== skippedId) useAppStore.getState().answerItem(item.id, 4, item.skill);
  }
}

describe('the self-assessment', () => {
  beforeEach(resetStores);

  it('sends a visitor without a draft back to the intro, which offers to start', () => {
    renderWithProviders(<AssessmentRoutes />, {
      route: '/assessment/executive-presence',
      path: '/assessment/*',
    });
    expect(screen.getByRole('button', { name: 'Start' })).toBeInTheDocument();
  });

  it('shows one radio group per item of the step, with every scale point labelled', () => {
    useAppStore.getState().startDraft(itemBank.version);
    renderWithProviders(<AssessmentRoutes />, {
      route: '/assessment/executive-presence',
      path: '/assessment/*',
    });
    expect(screen.getByRole('heading', { level: 1, name: 'Executive presence' })).toBeVisible();
    const groups = screen.getAllByRole('group');
    expect(groups).toHaveLength(6);
    const first = groups[0];
    if (!first) throw new Error('no item shown');
    expect(
      within(first)
        .getAllByRole('radio')
        .map((radio) => radio.closest('label')?.textContent),
    ).toEqual([
      'Rarely',
      'Sometimes',
      'Often',
      'Almost always',
      'Consistently, and others model it on me',
    ]);
    expect(screen.getByText('Step 1 of 6')).toBeVisible();
  });

  it('saves each answer as it is given', async () => {
    useAppStore.getState().startDraft(itemBank.version);
    const { user } = renderWithProviders(<AssessmentRoutes />, {
      route: '/assessment/strategic-thinking',
      path: '/assessment/*',
    });
    const item = screen.getByRole('group', { name: /I link each major learning initiative/ });
    await user.click(within(item).getByRole('radio', { name: 'Often' }));
    expect(useAppStore.getState().draft?.answers['st-2']).toBe(3);
    expect(useAppStore.getState().draft?.currentItemId).toBe('st-2');
    expect(screen.getByText('1 of 30 answered')).toBeVisible();
  });

  it('restores earlier answers when the step opens again', () => {
    answerAllBut(null);
    renderWithProviders(<AssessmentRoutes />, {
      route: '/assessment/business-acumen',
      path: '/assessment/*',
    });
    for (const radio of screen.getAllByRole('radio', { name: 'Almost always' })) {
      expect(radio).toBeChecked();
    }
  });

  it('refuses to submit with an unanswered item and says which one', async () => {
    answerAllBut('dd-3');
    const { user } = renderWithProviders(<AssessmentRoutes />, {
      route: '/assessment/review',
      path: '/assessment/*',
    });
    expect(
      screen.getByRole('link', { name: /Item 21: I choose between program options/ }),
    ).toHaveAttribute('href', '/assessment/data-driven-decisions#item-dd-3');
    await user.click(screen.getByRole('button', { name: 'Submit and see my results' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('1 item is unanswered (21)');
    expect(useAppStore.getState().assessments).toHaveLength(0);
  });

  it('stores a completed assessment with its version and opens its result', async () => {
    answerAllBut(null);
    const { user } = renderWithProviders(<AssessmentRoutes />, {
      route: '/assessment/review',
      path: '/assessment/*',
    });
    expect(
      screen.getByText('All 30 items are answered. Submit to see your profile.'),
    ).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Submit and see my results' }));
    const landed = await screen.findByRole('status');
    const [saved] = useAppStore.getState().assessments;
    expect(saved?.instrumentVersion).toBe(itemBank.version);
    expect(Object.keys(saved?.answers ?? {})).toHaveLength(30);
    expect(useAppStore.getState().draft).toBeNull();
    expect(landed).toHaveTextContent(`navigated to /results/${saved?.id ?? ''}`);
  });
});
