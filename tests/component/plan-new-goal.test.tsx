import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { builtInCatalog } from '../../src/content/catalog';
import { NewGoalPage } from '../../src/features/plan/new-goal-page';
import { useAppStore } from '../../src/stores/app-store';
import { renderWithProviders, resetStores } from '../support/render';

const route = '/plan/goals/new';

function title(id: string): string {
  const entry = builtInCatalog.entries.find((candidate) => candidate.id === id);
  if (!entry) throw new Error(`no catalog entry ${id}`);
  return entry.title.en;
}

function fields() {
  return {
    skill: screen.getByRole('combobox', { name: 'Skill' }),
    what: screen.getByRole('textbox', { name: 'What you will do' }),
    measure: screen.getByRole('textbox', { name: 'How you will know it worked' }),
    date: screen.getByLabelText('Target date'),
    save: screen.getByRole('button', { name: 'Save the goal' }),
  };
}

describe('the new-goal page', () => {
  beforeEach(() => {
    resetStores();
    // Only the clock: user-event's own timers keep running.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-05-04T12:00:00Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('lists the accepted steps and saves them as the goal’s actions', async () => {
    const { user } = renderWithProviders(<NewGoalPage />, {
      route,
      state: {
        skill: 'strategic-thinking',
        entryIds: ['cptm', 'learning-portfolio-review', 'no-such-entry'],
      },
    });
    const { skill, what, measure, date, save } = fields();
    expect(skill).toHaveValue('strategic-thinking');
    expect(date).toHaveValue('2026-08-04');
    const accepted = screen.getByRole('region', { name: 'Actions from your recommendations' });
    expect(
      within(accepted)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([title('learning-portfolio-review'), title('cptm')]);

    await user.type(what, '  Lead the portfolio review  ');
    await user.type(measure, 'Two business leaders sign off the priorities');
    await user.clear(date);
    await user.type(date, '2026-09-30');
    await user.click(save);

    expect(await screen.findByRole('status')).toHaveTextContent('navigated to /plan');
    const [goal] = useAppStore.getState().plan.goals;
    expect(goal).toMatchObject({
      skill: 'strategic-thinking',
      what: 'Lead the portfolio review',
      measure: 'Two business leaders sign off the priorities',
      targetDate: '2026-09-30',
      archivedAt: null,
    });
    expect(goal?.actions.map((action) => [action.title, action.catalogId, action.status])).toEqual([
      [title('learning-portfolio-review'), 'learning-portfolio-review', 'not-started'],
      [title('cptm'), 'cptm', 'not-started'],
    ]);
  });

  it('names every missing part and keeps the goal unsaved', async () => {
    const { user } = renderWithProviders(<NewGoalPage />, { route });
    const { what, measure, date, save } = fields();
    await user.clear(date);
    await user.click(save);

    expect(await screen.findByText('Say what you will do.')).toBeVisible();
    expect(what).toHaveAttribute('aria-invalid', 'true');
    expect(what).toHaveAccessibleDescription(expect.stringContaining('Say what you will do.'));
    expect(measure).toHaveAccessibleDescription(
      expect.stringContaining('Say how success will be measured.'),
    );
    expect(date).toHaveAccessibleDescription('Choose a target date.');
    expect(what).toHaveFocus();
    expect(useAppStore.getState().plan.goals).toEqual([]);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it.each([
    ['a past date', '2025-12-31'],
    ['today', '2026-05-04'],
  ])('refuses %s as the target', async (_, value) => {
    const { user } = renderWithProviders(<NewGoalPage />, { route });
    const { what, measure, date, save } = fields();
    await user.type(what, 'Brief the board');
    await user.type(measure, 'One briefing held');
    await user.clear(date);
    await user.type(date, value);
    await user.click(save);

    expect(await screen.findByText('The target date must be in the future.')).toBeVisible();
    expect(date).toHaveAccessibleDescription('The target date must be in the future.');
    expect(date).toHaveAttribute('aria-invalid', 'true');
    expect(what).not.toHaveAttribute('aria-invalid');
    expect(useAppStore.getState().plan.goals).toEqual([]);

    // The error clears as soon as the date is fixed, and the goal saves.
    await user.clear(date);
    await user.type(date, '2026-05-05');
    await waitFor(() => {
      expect(date).not.toHaveAttribute('aria-invalid');
    });
    expect(screen.queryByText('The target date must be in the future.')).not.toBeInTheDocument();
    await user.click(save);
    expect(await screen.findByRole('status')).toHaveTextContent('navigated to /plan');
    expect(useAppStore.getState().plan.goals).toMatchObject([{ targetDate: '2026-05-05' }]);
  });

  it('treats unexpected router state as none: no accepted steps, the default skill', async () => {
    const { user } = renderWithProviders(<NewGoalPage />, {
      route,
      state: { skill: 'charisma', entryIds: 'cptm' },
    });
    const { skill, what, measure, save } = fields();
    expect(skill).toHaveValue('executive-presence');
    expect(
      screen.queryByRole('region', { name: 'Actions from your recommendations' }),
    ).not.toBeInTheDocument();

    await user.type(what, 'Brief the board');
    await user.type(measure, 'One briefing held');
    await user.click(save);
    expect(await screen.findByRole('status')).toHaveTextContent('navigated to /plan');
    expect(useAppStore.getState().plan.goals).toMatchObject([
      { skill: 'executive-presence', targetDate: '2026-08-04', actions: [] },
    ]);
  });
});
