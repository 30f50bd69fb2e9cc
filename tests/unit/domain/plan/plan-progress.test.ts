import { describe, expect, it } from 'vitest';
import type { ActionStatus } from '../../../../src/domain/plan/plan';
import {
  findGoalStatus,
  findNextGoal,
  summarizeProgress,
} from '../../../../src/domain/plan/plan-progress';
import { makeAction, makeGoal, makePlan } from './plan-fixtures';

const today = '2025-04-10';

function goalWith(statuses: ActionStatus[]) {
  return makeGoal({
    actions: statuses.map((status, index) => makeAction({ id: `a-${index}`, status })),
  });
}

describe('findGoalStatus', () => {
  it.each([
    [[], 'not-started'],
    [['not-started'], 'not-started'],
    [['in-progress'], 'in-progress'],
    [['done', 'not-started'], 'in-progress'],
    [['done', 'done'], 'done'],
  ] as const)('reads a goal with actions %j as %s', (statuses, status) => {
    expect(findGoalStatus(goalWith([...statuses]))).toBe(status);
  });
});

describe('summarizeProgress', () => {
  it('counts active goals and their actions by status, archived goals apart', () => {
    const plan = makePlan([
      { ...goalWith(['done', 'done']), id: 'g-1' },
      { ...goalWith(['done', 'in-progress', 'not-started']), id: 'g-2' },
      { ...goalWith([]), id: 'g-3' },
      { ...goalWith(['not-started']), id: 'g-4', archivedAt: '2025-01-01T00:00:00.000Z' },
    ]);
    const progress = summarizeProgress(plan, '2020-01-01');

    expect(progress.goals).toEqual({
      'not-started': 1,
      'in-progress': 1,
      done: 1,
      total: 3,
      archived: 1,
    });
    expect(progress.actions).toEqual({ 'not-started': 1, 'in-progress': 1, done: 3, total: 5 });
  });

  it.each([
    ['2025-04-09', 'not-started', true],
    ['2025-04-09', 'in-progress', true],
    ['2025-04-09', 'done', false],
    ['2025-04-10', 'not-started', false],
    ['2025-05-01', 'in-progress', false],
  ] as const)('counts an action due %s that is %s as overdue: %s', (dueDate, status, isOverdue) => {
    const action = makeAction({ id: 'a-1', dueDate, status });
    const plan = makePlan([makeGoal({ id: 'g-1', targetDate: '2025-12-31', actions: [action] })]);

    expect(summarizeProgress(plan, today).overdueActions).toEqual(
      isOverdue ? [{ goalId: 'g-1', actionId: 'a-1', dueDate }] : [],
    );
  });

  it.each([
    ['2025-04-09', ['in-progress'], true],
    ['2025-04-09', [], true],
    ['2025-04-09', ['done'], false],
    ['2025-04-10', ['not-started'], false],
  ] as const)(
    'counts a goal due %s with actions %j as overdue: %s',
    (targetDate, statuses, isOverdue) => {
      const plan = makePlan([{ ...goalWith([...statuses]), id: 'g-1', targetDate }]);

      expect(summarizeProgress(plan, today).overdueGoals).toEqual(
        isOverdue ? [{ goalId: 'g-1', targetDate }] : [],
      );
    },
  );

  it('never counts an archived goal or its actions as overdue', () => {
    const plan = makePlan([
      makeGoal({
        targetDate: '2020-01-01',
        archivedAt: '2020-02-01T00:00:00.000Z',
        actions: [makeAction({ dueDate: '2020-01-01' })],
      }),
    ]);
    const progress = summarizeProgress(plan, today);

    expect([progress.overdueGoals, progress.overdueActions, progress.nextDue]).toEqual([
      [],
      [],
      null,
    ]);
  });

  it('names the earliest open date from today on as next due', () => {
    const plan = makePlan([
      makeGoal({
        id: 'g-1',
        targetDate: '2025-06-30',
        actions: [
          makeAction({ id: 'a-late', dueDate: '2025-04-01' }),
          makeAction({ id: 'a-done', dueDate: '2025-04-11', status: 'done' }),
          makeAction({ id: 'a-next', dueDate: '2025-04-20' }),
        ],
      }),
      makeGoal({ id: 'g-2', targetDate: '2025-05-01' }),
    ]);

    expect(summarizeProgress(plan, today).nextDue).toEqual({
      kind: 'action',
      goalId: 'g-1',
      actionId: 'a-next',
      date: '2025-04-20',
    });
  });

  it('breaks a tie for next due by plan order, a goal before its actions', () => {
    const plan = makePlan([
      makeGoal({
        id: 'g-1',
        targetDate: '2025-04-10',
        actions: [makeAction({ id: 'a-1', dueDate: '2025-04-10' })],
      }),
    ]);

    expect(summarizeProgress(plan, today).nextDue).toEqual({
      kind: 'goal',
      goalId: 'g-1',
      date: '2025-04-10',
    });
  });

  it('has nothing due when every goal is done', () => {
    const plan = makePlan([goalWith(['done'])]);

    expect(summarizeProgress(plan, today).nextDue).toBeNull();
  });
});

describe('findNextGoal', () => {
  it('has no next goal when every active goal is done or archived', () => {
    const plan = makePlan([
      { ...goalWith(['done']), id: 'g-1' },
      { ...goalWith([]), id: 'g-2', archivedAt: '2025-01-01T00:00:00.000Z' },
    ]);
    expect(findNextGoal(plan, today)).toBeNull();
  });

  it('picks the earliest target date from today on', () => {
    const plan = makePlan([
      { ...goalWith([]), id: 'g-1', targetDate: '2025-06-01' },
      { ...goalWith(['in-progress']), id: 'g-2', targetDate: '2025-04-01' },
      { ...goalWith([]), id: 'g-3', targetDate: '2025-05-01' },
    ]);
    expect(findNextGoal(plan, today)).toEqual({ goal: plan.goals[2], isOverdue: false });
    expect(findNextGoal(plan, '2025-04-01')?.goal.id).toBe('g-2');
  });

  it('falls back to the goal whose date passed last, saying it is overdue', () => {
    const plan = makePlan([
      { ...goalWith([]), id: 'g-1', targetDate: '2024-01-01' },
      { ...goalWith([]), id: 'g-2', targetDate: '2025-03-01' },
    ]);
    expect(findNextGoal(plan, today)).toEqual({ goal: plan.goals[1], isOverdue: true });
  });

  it('keeps the plan order on a tie', () => {
    const plan = makePlan([
      { ...goalWith([]), id: 'g-1', targetDate: '2025-06-01' },
      { ...goalWith([]), id: 'g-2', targetDate: '2025-06-01' },
    ]);
    expect(findNextGoal(plan, today)?.goal.id).toBe('g-1');
  });
});
