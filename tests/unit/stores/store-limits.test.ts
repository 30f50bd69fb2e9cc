import { describe, expect, it } from 'vitest';
import {
  MAX_ACTIONS_PER_GOAL,
  MAX_ACTION_NOTES,
  MAX_ACTION_TITLE,
  MAX_CASE_ROWS,
  MAX_CASE_TEXT,
  MAX_GOALS,
  MAX_GOAL_TEXT,
  MAX_OBJECTION,
  emptyAdvocacyCase,
  type AdvocacyCase,
} from '../../../src/domain/plan/plan';
import { pickPersisted } from '../../../src/stores/persisted-state';
import { freshStorageAt, loadApp } from '../support/app-store';
import type { App } from './store-limits-fixtures';
import { NOW, newGoal, expectStillLoads, appWithGoal, goalOf, rows } from './store-limits-fixtures';

freshStorageAt(NOW);

describe('the plan at its limits', () => {
  it(`keeps ${String(MAX_GOALS)} goals and refuses one more`, async () => {
    const app = await loadApp();
    const { addGoal } = app.useAppStore.getState();
    for (let index = 1; index <= MAX_GOALS; index += 1) {
      expect(addGoal(newGoal, [], `g${String(index)}`)).toBe('saved');
    }

    expect(addGoal(newGoal, [], 'one-more')).toBe('full');

    expect(app.useAppStore.getState().plan.goals).toHaveLength(MAX_GOALS);
    await expectStillLoads(app);
  });

  it('counts archived goals too: archiving makes no room', async () => {
    const app = await loadApp();
    const { addGoal, setGoalArchived } = app.useAppStore.getState();
    for (let index = 1; index <= MAX_GOALS; index += 1) addGoal(newGoal, [], `g${String(index)}`);
    setGoalArchived('g1', true);

    expect(addGoal(newGoal, [], 'one-more')).toBe('full');
    await expectStillLoads(app);
  });

  it(`keeps ${String(MAX_ACTIONS_PER_GOAL)} actions on a goal and refuses one more`, async () => {
    const app = await appWithGoal(MAX_ACTIONS_PER_GOAL);

    const outcome = app.useAppStore
      .getState()
      .addAction('g1', { title: 'One more', catalogId: null, dueDate: null }, 'extra');

    expect(outcome).toBe('full');
    expect(goalOf(app).actions).toHaveLength(MAX_ACTIONS_PER_GOAL);
    await expectStillLoads(app);
  });

  it('refuses a new goal that would start with more actions than a goal keeps', async () => {
    const app = await loadApp();
    const actions = Array.from({ length: MAX_ACTIONS_PER_GOAL + 1 }, (_, index) => ({
      title: `Step ${String(index)}`,
      catalogId: null,
      dueDate: null,
    }));

    expect(app.useAppStore.getState().addGoal(newGoal, actions, 'g1')).toBe('full');
    expect(app.useAppStore.getState().addGoal(newGoal, actions.slice(1), 'g1')).toBe('saved');
    await expectStillLoads(app);
  });

  it.each<[string, (index: number) => Partial<AdvocacyCase>]>([
    [
      'portfolio',
      (n) => ({
        portfolio: rows(n, () => ({ program: 'Onboarding', owner: 'HR', overlap: '', gaps: '' })),
      }),
    ],
    ['quickWins', (n) => ({ quickWins: rows(n, () => 'Merge the two induction courses') })],
    [
      'objectives',
      (n) => ({
        objectives: rows(n, () => ({ objective: 'Retention', programs: '', metric: '' })),
      }),
    ],
    ['allies', (n) => ({ allies: rows(n, () => ({ name: 'Ana', role: 'CFO', kind: 'sponsor' })) })],
  ])(
    `keeps ${String(MAX_CASE_ROWS)} rows of the case's %s, one added at a time, and refuses one more`,
    async (_list, withRows) => {
      const app = await loadApp();
      const { updateAdvocacy } = app.useAppStore.getState();
      for (let count = 1; count <= MAX_CASE_ROWS; count += 1) {
        expect(updateAdvocacy({ ...emptyAdvocacyCase, ...withRows(count) })).toBe('saved');
      }
      const atLimit = app.useAppStore.getState().plan.advocacy;

      expect(updateAdvocacy({ ...emptyAdvocacyCase, ...withRows(MAX_CASE_ROWS + 1) })).toBe('full');

      expect(app.useAppStore.getState().plan.advocacy).toBe(atLimit);
      await expectStillLoads(app);
    },
  );

  it.each<[string, number, (app: App, text: string) => string]>([
    [
      'what a goal is',
      MAX_GOAL_TEXT,
      (app, what) => app.useAppStore.getState().updateGoal('g1', { what }),
    ],
    [
      'how a goal is measured',
      MAX_GOAL_TEXT,
      (app, measure) => app.useAppStore.getState().updateGoal('g1', { measure }),
    ],
    [
      'a new action',
      MAX_ACTION_TITLE,
      (app, title) =>
        app.useAppStore
          .getState()
          .addAction('g1', { title, catalogId: null, dueDate: null }, `a-${String(title.length)}`),
    ],
    [
      'the notes of an action',
      MAX_ACTION_NOTES,
      (app, notes) => app.useAppStore.getState().updateAction('g1', 'a1', { notes }),
    ],
    [
      'a row of the case',
      MAX_CASE_TEXT,
      (app, text) =>
        app.useAppStore.getState().updateAdvocacy({ ...emptyAdvocacyCase, quickWins: [text] }),
    ],
    [
      'an answer to an objection',
      MAX_OBJECTION,
      (app, value) =>
        app.useAppStore.getState().updateAdvocacy({
          ...emptyAdvocacyCase,
          objections: { ...emptyAdvocacyCase.objections, value },
        }),
    ],
  ])('keeps %s at %i characters and refuses one more', async (_text, max, change) => {
    const app = await appWithGoal(1);

    expect(change(app, 'x'.repeat(max))).toBe('saved');
    const atLimit = pickPersisted(app.useAppStore.getState());
    expect(change(app, 'y'.repeat(max + 1))).toBe('invalid');

    expect(pickPersisted(app.useAppStore.getState())).toEqual(atLimit);
    await expectStillLoads(app);
  });

  it('refuses a change to a goal that is not in the plan', async () => {
    const app = await loadApp();
    const { addAction, updateGoal } = app.useAppStore.getState();

    expect(updateGoal('nope', { what: 'x' })).toBe('missing');
    expect(addAction('nope', { title: 'x', catalogId: null, dueDate: null }, 'a1')).toBe('missing');
  });

  it('refuses a target date that is not a real day and an importance outside 1–5', async () => {
    const app = await appWithGoal(1);
    const { updateGoal, updateAction, setImportance } = app.useAppStore.getState();

    expect(updateGoal('g1', { targetDate: '2026-02-31' })).toBe('invalid');
    expect(updateAction('g1', 'a1', { dueDate: '2026-13-01' })).toBe('invalid');
    expect(setImportance('business-acumen', 6)).toBe('invalid');
    await expectStillLoads(app);
  });
});
