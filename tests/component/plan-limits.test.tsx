import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CatalogEntry } from '../../src/domain/plan/catalog';
import {
  MAX_ACTIONS_PER_GOAL,
  MAX_ACTION_TITLE,
  MAX_CASE_ROWS,
  MAX_GOALS,
  MAX_GOAL_TEXT,
  emptyAdvocacyCase,
  emptyPlan,
  type Goal,
  type PlanAction,
} from '../../src/domain/plan/plan';
import { AdvocacyPage } from '../../src/features/plan/advocacy-page';
import { GoalCard } from '../../src/features/plan/goal-card';
import { NewGoalPage } from '../../src/features/plan/new-goal-page';
import { PlanPage } from '../../src/features/plan/plan-page';
import { useAppStore } from '../../src/stores/app-store';
import { persistedStateSchema, pickPersisted } from '../../src/stores/persisted-state';
import { assessmentWith, steadyRatings } from '../support/fixtures';
import { renderWithProviders, resetStores } from '../support/render';
import { makeAction, makeGoal } from '../unit/domain/plan/plan-fixtures';

const today = '2026-05-04';

const action = (index: number): PlanAction =>
  makeAction({ id: `a${String(index)}`, title: `Step ${String(index)}` });

function goalWith(actionCount: number, change: Partial<Goal> = {}): Goal {
  return makeGoal({
    id: 'g1',
    skill: 'resilience-adaptability',
    what: 'Recover faster from setbacks',
    measure: 'A new plan within a week of each setback',
    targetDate: '2099-01-01',
    createdAt: '2026-03-01T10:00:00.000Z',
    actions: Array.from({ length: actionCount }, (_, index) => action(index + 1)),
    ...change,
  });
}

function setGoals(goals: Goal[]) {
  useAppStore.setState({ plan: { ...emptyPlan, goals } });
}

function isStoredStateValid(): boolean {
  return persistedStateSchema.safeParse(pickPersisted(useAppStore.getState())).success;
}

/** The card as the plan page shows it: always the stored goal. */
function StoredGoal() {
  const stored = useAppStore((state) => state.plan.goals[0]);
  return stored ? <GoalCard goal={stored} today={today} isFirst isLast /> : null;
}

const actionsFull = `This goal holds ${String(MAX_ACTIONS_PER_GOAL)} actions, the most a goal can keep. Remove one to add another, or start a new goal.`;
const goalsFull = `Your plan holds ${String(MAX_GOALS)} goals, the most it can keep, archived goals included. Add actions to one of your goals instead.`;

describe('a plan at its limits', () => {
  beforeEach(() => {
    resetStores();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(`${today}T12:00:00Z`));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('turns off adding an action to a full goal and says why', async () => {
    setGoals([goalWith(MAX_ACTIONS_PER_GOAL - 1)]);
    const { user } = renderWithProviders(<StoredGoal />, { route: '/plan' });
    const field = screen.getByRole('textbox', {
      name: 'New action for “Recover faster from setbacks”',
    });
    const add = screen.getByRole('button', { name: 'Add the action' });

    await user.type(field, 'The last one');
    await user.click(add);

    expect(useAppStore.getState().plan.goals[0]?.actions).toHaveLength(MAX_ACTIONS_PER_GOAL);
    expect(field).toBeDisabled();
    expect(add).toBeDisabled();
    expect(field).toHaveAccessibleDescription(actionsFull);
    expect(screen.getByText(actionsFull)).toBeVisible();
    expect(isStoredStateValid()).toBe(true);
  });

  it('keeps an action title to the length a stored action holds', () => {
    setGoals([goalWith(1)]);
    renderWithProviders(<StoredGoal />, { route: '/plan' });
    expect(
      screen.getByRole('textbox', { name: 'New action for “Recover faster from setbacks”' }),
    ).toHaveAttribute('maxLength', String(MAX_ACTION_TITLE));
  });

  it('says why no goal can be added when the plan is full, on the plan and on the new-goal page', async () => {
    setGoals(
      Array.from({ length: MAX_GOALS }, (_, index) =>
        goalWith(0, {
          id: `g${String(index)}`,
          archivedAt: index === 0 ? '2026-04-01T10:00:00.000Z' : null,
        }),
      ),
    );
    const plan = renderWithProviders(<PlanPage />, { route: '/plan' });
    const goals = screen.getByRole('region', { name: 'Goals' });
    expect(within(goals).queryByRole('link', { name: 'Add a goal' })).toBeNull();
    expect(within(goals).getByText(goalsFull)).toBeVisible();
    plan.unmount();

    const { user } = renderWithProviders(<NewGoalPage />, { route: '/plan/goals/new' });
    expect(screen.getByRole('status')).toHaveTextContent(goalsFull);
    const save = screen.getByRole('button', { name: 'Save the goal' });
    expect(save).toBeDisabled();
    await user.type(screen.getByRole('textbox', { name: 'What you will do' }), 'One more');
    await user.click(save);
    expect(useAppStore.getState().plan.goals).toHaveLength(MAX_GOALS);
    expect(isStoredStateValid()).toBe(true);
  });

  it('explains a goal text that is longer than a stored goal holds, and saves nothing', async () => {
    const { user } = renderWithProviders(<NewGoalPage />, { route: '/plan/goals/new' });
    await user.click(screen.getByRole('textbox', { name: 'What you will do' }));
    await user.paste('w'.repeat(MAX_GOAL_TEXT + 1));
    await user.click(screen.getByRole('textbox', { name: 'How you will know it worked' }));
    await user.paste('m'.repeat(MAX_GOAL_TEXT + 1));
    await user.click(screen.getByRole('button', { name: 'Save the goal' }));

    expect(
      await screen.findByText(
        `Say what you will do in at most ${String(MAX_GOAL_TEXT)} characters.`,
      ),
    ).toBeVisible();
    expect(
      screen.getByText(`Describe the measure in at most ${String(MAX_GOAL_TEXT)} characters.`),
    ).toBeVisible();
    expect(useAppStore.getState().plan.goals).toEqual([]);
  });

  it('shortens a catalog title longer than an action holds when it becomes an action', async () => {
    const longTitle = `${'Lead '.repeat(119)}now`;
    const entry: CatalogEntry = {
      id: 'long-title',
      type: 'experience',
      title: { en: longTitle },
      summary: { en: 'A stretch assignment.' },
      provider: null,
      skills: ['resilience-adaptability'],
      level: 'foundational',
      effort: null,
      format: null,
      prerequisites: null,
      url: null,
    };
    useAppStore.setState({
      plan: {
        ...emptyPlan,
        customCatalog: { mode: 'extend', catalog: { version: 'org-1', entries: [entry] } },
      },
    });
    const { user } = renderWithProviders(<NewGoalPage />, {
      route: '/plan/goals/new',
      state: { skill: 'resilience-adaptability', entryIds: ['long-title'] },
    });
    await user.type(screen.getByRole('textbox', { name: 'What you will do' }), 'Stretch');
    await user.type(screen.getByRole('textbox', { name: 'How you will know it worked' }), 'Done');
    await user.click(screen.getByRole('button', { name: 'Save the goal' }));

    expect(await screen.findByRole('status')).toHaveTextContent('navigated to /plan');
    const [saved] = useAppStore.getState().plan.goals[0]?.actions ?? [];
    expect(saved?.title).toHaveLength(MAX_ACTION_TITLE);
    expect(saved?.title).toBe(`${longTitle.slice(0, MAX_ACTION_TITLE - 1)}…`);
    expect(saved?.catalogId).toBe('long-title');
    expect(isStoredStateValid()).toBe(true);
  });

  it('turns off adding recommended steps to a goal without room for them, and says why', async () => {
    useAppStore.setState({
      assessments: [assessmentWith('a1', '2026-03-01T10:00:00.000Z', steadyRatings)],
      plan: { ...emptyPlan, goals: [goalWith(MAX_ACTIONS_PER_GOAL - 1)] },
    });
    const { user } = renderWithProviders(<PlanPage />, { route: '/plan' });
    // The page draws its goals first, then the recommendations below them.
    const card = within(
      await screen.findByRole('region', { name: 'Recommended next steps' }),
    ).getByRole('article', { name: 'Resilience and adaptability' });
    const [first, second] = within(card).getAllByRole('checkbox');
    if (!first || !second) throw new Error('expected two steps');
    const add = within(card).getByRole('button', {
      name: 'Add the ticked steps to “Recover faster from setbacks”',
    });

    await user.click(first);
    expect(add).toBeEnabled();
    await user.click(second);

    expect(add).toBeDisabled();
    expect(
      within(card).getByText(
        `“Recover faster from setbacks” holds ${String(MAX_ACTIONS_PER_GOAL - 1)} of the ${String(MAX_ACTIONS_PER_GOAL)} actions a goal can keep, too few places left for the ticked steps. Tick fewer steps, remove actions from that goal, or make a new goal with them.`,
      ),
    ).toBeVisible();
  });

  it('turns off adding a row to a full list of the case and says why', async () => {
    useAppStore.setState({
      plan: {
        ...emptyPlan,
        advocacy: {
          ...emptyAdvocacyCase,
          quickWins: Array.from({ length: MAX_CASE_ROWS - 1 }, (_, i) => `Win ${String(i)}`),
        },
      },
    });
    const { user } = renderWithProviders(<AdvocacyPage />, { route: '/plan/case' });
    const wins = screen.getByRole('region', { name: 'Quick wins' });
    const add = within(wins).getByRole('button', { name: 'Add a quick win' });

    await user.click(add);

    const message = `This list holds ${String(MAX_CASE_ROWS)} rows, the most the case can keep. Remove a row to add another.`;
    expect(useAppStore.getState().plan.advocacy.quickWins).toHaveLength(MAX_CASE_ROWS);
    expect(add).toBeDisabled();
    expect(add).toHaveAccessibleDescription(message);
    expect(isStoredStateValid()).toBe(true);

    await user.click(within(wins).getByRole('button', { name: 'Remove Quick win 1' }));
    expect(add).toBeEnabled();
    expect(within(wins).queryByText(message)).toBeNull();
  });
});
