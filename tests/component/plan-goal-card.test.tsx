import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyPlan, type Goal, type PlanAction } from '../../src/domain/plan/plan';
import { GoalCard } from '../../src/features/plan/goal-card';
import { useAppStore } from '../../src/stores/app-store';
import { renderWithProviders, resetStores } from '../support/render';

const today = '2026-05-04';

function action(id: string, title: string, change: Partial<PlanAction> = {}): PlanAction {
  return {
    id,
    title,
    catalogId: null,
    status: 'not-started',
    notes: '',
    dueDate: null,
    doneAt: null,
    ...change,
  };
}

const goal: Goal = {
  id: 'g1',
  skill: 'business-acumen',
  what: 'Cost every program',
  measure: 'Full cost known for all programs',
  targetDate: '2026-09-30',
  createdAt: '2026-03-01T10:00:00.000Z',
  archivedAt: null,
  actions: [
    action('a1', 'Work out the cost of onboarding', { catalogId: 'cost-a-program' }),
    action('a2', 'Review the costs with finance'),
    action('a3', 'Share the results'),
  ],
};

/** The card as the plan page shows it: always the stored goal, re-rendered on every change. */
function StoredGoal() {
  const stored = useAppStore((state) => state.plan.goals[0]);
  return stored ? <GoalCard goal={stored} today={today} isFirst isLast /> : null;
}

function renderGoal(change: Partial<Goal> = {}) {
  useAppStore.setState({ plan: { ...emptyPlan, goals: [{ ...goal, ...change }] } });
  return renderWithProviders(<StoredGoal />, { route: '/plan' });
}

function stored(): Goal {
  const found = useAppStore.getState().plan.goals[0];
  if (!found) throw new Error('no stored goal');
  return found;
}

function titles(): string[] {
  return stored().actions.map((item) => item.title);
}

function row(title: string) {
  const select = screen.getByRole('combobox', { name: `Status of “${title}”` });
  const item = select.closest('li');
  if (!item) throw new Error(`no row for ${title}`);
  return item;
}

describe('a goal card', () => {
  beforeEach(() => {
    resetStores();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(`${today}T12:00:00Z`));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('records the day an action is done, and forgets it when it is reopened', async () => {
    const { user } = renderGoal();
    const status = screen.getByRole('combobox', {
      name: 'Status of “Review the costs with finance”',
    });

    await user.selectOptions(status, 'Done');
    expect(stored().actions[1]).toMatchObject({ status: 'done', doneAt: today });
    expect(row('Review the costs with finance')).toHaveTextContent('done on May 4, 2026');

    vi.setSystemTime(new Date('2026-05-09T12:00:00Z'));
    await user.type(
      screen.getByRole('textbox', { name: 'Notes on “Review the costs with finance”' }),
      'Finance agreed',
    );
    expect(stored().actions[1]).toMatchObject({ doneAt: today, notes: 'Finance agreed' });

    await user.selectOptions(status, 'In progress');
    expect(stored().actions[1]).toMatchObject({ status: 'in-progress', doneAt: null });
    expect(row('Review the costs with finance')).not.toHaveTextContent('done on');
  });

  it('sets a due date and marks an open action past it as overdue', async () => {
    const { user } = renderGoal();
    const due = screen.getByLabelText('Due date of “Share the results”');
    await user.type(due, '2026-05-01');
    expect(stored().actions[2]?.dueDate).toBe('2026-05-01');
    expect(within(row('Share the results')).getByText('Overdue')).toBeVisible();

    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Status of “Share the results”' }),
      'Done',
    );
    expect(within(row('Share the results')).queryByText('Overdue')).not.toBeInTheDocument();
    await user.clear(due);
    expect(stored().actions[2]?.dueDate).toBeNull();
  });

  it('moves actions up and down, never past either end, and removes one', async () => {
    const { user } = renderGoal();
    expect(
      screen.getByRole('button', { name: 'Move “Work out the cost of onboarding” up' }),
    ).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Move “Share the results” down' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Move “Share the results” up' }));
    expect(titles()).toEqual([
      'Work out the cost of onboarding',
      'Share the results',
      'Review the costs with finance',
    ]);
    await user.click(
      screen.getByRole('button', { name: 'Move “Work out the cost of onboarding” down' }),
    );
    expect(titles()).toEqual([
      'Share the results',
      'Work out the cost of onboarding',
      'Review the costs with finance',
    ]);
    expect(
      screen
        .getAllByRole('listitem')
        .map((item) => within(item).getAllByRole('paragraph')[0]?.textContent),
    ).toEqual(titles());

    await user.click(screen.getByRole('button', { name: 'Remove “Share the results”' }));
    expect(titles()).toEqual(['Work out the cost of onboarding', 'Review the costs with finance']);
  });

  it('adds an action of the person’s own at the end, ignoring a blank one', async () => {
    const { user } = renderGoal();
    const field = screen.getByRole('textbox', { name: 'New action for “Cost every program”' });
    const add = screen.getByRole('button', { name: 'Add the action' });

    await user.type(field, '   ');
    await user.click(add);
    expect(stored().actions).toHaveLength(3);

    await user.clear(field);
    await user.type(field, '  Ask finance for the overhead rate {enter}');
    expect(stored().actions.at(-1)).toMatchObject({
      title: 'Ask finance for the overhead rate',
      catalogId: null,
      status: 'not-started',
    });
    expect(field).toHaveValue('');
  });

  it('archives and restores the goal', async () => {
    const { user } = renderGoal({ targetDate: '2026-05-01' });
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent('Overdue');

    await user.click(screen.getByRole('button', { name: 'Archive “Cost every program”' }));
    expect(stored().archivedAt).toBe(new Date(`${today}T12:00:00Z`).toISOString());
    expect(screen.getByRole('heading', { level: 3 })).not.toHaveTextContent('Overdue');

    await user.click(screen.getByRole('button', { name: 'Restore “Cost every program”' }));
    expect(stored().archivedAt).toBeNull();
    expect(screen.getByRole('button', { name: 'Archive “Cost every program”' })).toBeVisible();
  });

  it('shows no overdue action once the goal is archived', () => {
    renderGoal({
      archivedAt: '2026-05-01T09:00:00.000Z',
      actions: [action('a1', 'Share the results', { dueDate: '2026-05-01' })],
    });
    expect(screen.queryByText('Overdue')).not.toBeInTheDocument();
  });

  it('edits the goal, checking the fields again', async () => {
    const { user } = renderGoal();
    const card = screen.getByRole('article', {
      name: 'Financial and business acumen: Cost every program',
    });
    await user.click(within(card).getByRole('button', { name: 'Edit “Cost every program”' }));
    // The editor loads on first use.
    const measure = await within(card).findByRole('textbox', {
      name: 'How you will know it worked',
    });
    await user.clear(measure);
    await user.click(within(card).getByRole('button', { name: 'Save the goal' }));
    expect(await within(card).findByText('Say how success will be measured.')).toBeVisible();
    expect(stored().measure).toBe('Full cost known for all programs');

    await user.type(measure, 'Full cost known for ten programs');
    await user.click(within(card).getByRole('button', { name: 'Save the goal' }));
    await waitFor(() => {
      expect(stored().measure).toBe('Full cost known for ten programs');
    });
    expect(within(card).getByText('Full cost known for ten programs')).toBeVisible();
    expect(stored().actions).toHaveLength(3);
  });
});
