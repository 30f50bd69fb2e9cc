import type { ActionStatus, Goal, Plan } from './plan';

/** A goal has no status of its own: it follows its actions. */
export type GoalStatus = ActionStatus;

export type StatusCounts = Record<ActionStatus, number> & { total: number };

export interface OverdueGoal {
  goalId: string;
  targetDate: string;
}

export interface OverdueAction {
  goalId: string;
  actionId: string;
  dueDate: string;
}

export type DueItem =
  | { kind: 'goal'; goalId: string; date: string }
  | { kind: 'action'; goalId: string; actionId: string; date: string };

export interface PlanProgress {
  /** Active goals only; archived ones are counted apart and never overdue. */
  goals: StatusCounts & { archived: number };
  actions: StatusCounts;
  overdueGoals: OverdueGoal[];
  overdueActions: OverdueAction[];
  /** The earliest open date from today on; on a tie, the one listed first in the plan. */
  nextDue: DueItem | null;
}

/** Done once every action is done; a goal without actions has not been started. */
export function findGoalStatus(goal: Goal): GoalStatus {
  const { actions } = goal;
  if (actions.length > 0 && actions.every((action) => action.status === 'done')) return 'done';
  return actions.some((action) => action.status !== 'not-started') ? 'in-progress' : 'not-started';
}

function countStatuses(statuses: readonly ActionStatus[]): StatusCounts {
  const counts: StatusCounts = { 'not-started': 0, 'in-progress': 0, done: 0, total: 0 };
  for (const status of statuses) counts[status] += 1;
  counts.total = statuses.length;
  return counts;
}

function listOpenDates(goals: readonly Goal[]): DueItem[] {
  return goals.flatMap((goal): DueItem[] => {
    const own: DueItem[] =
      findGoalStatus(goal) === 'done'
        ? []
        : [{ kind: 'goal', goalId: goal.id, date: goal.targetDate }];
    const actions = goal.actions.flatMap((action): DueItem[] =>
      action.status === 'done' || action.dueDate === null
        ? []
        : [{ kind: 'action', goalId: goal.id, actionId: action.id, date: action.dueDate }],
    );
    return [...own, ...actions];
  });
}

/** `today` is YYYY-MM-DD: plan dates compare as text because their format is fixed. */
export function summarizeProgress(plan: Plan, today: string): PlanProgress {
  const active = plan.goals.filter((goal) => goal.archivedAt === null);
  const open = listOpenDates(active);
  const upcoming = open.filter((item) => item.date >= today);
  const nextDue = upcoming.reduce<DueItem | null>(
    (earliest, item) => (earliest === null || item.date < earliest.date ? item : earliest),
    null,
  );
  return {
    goals: {
      ...countStatuses(active.map(findGoalStatus)),
      archived: plan.goals.length - active.length,
    },
    actions: countStatuses(active.flatMap((goal) => goal.actions.map((action) => action.status))),
    overdueGoals: open.flatMap((item) =>
      item.kind === 'goal' && item.date < today
        ? [{ goalId: item.goalId, targetDate: item.date }]
        : [],
    ),
    overdueActions: open.flatMap((item) =>
      item.kind === 'action' && item.date < today
        ? [{ goalId: item.goalId, actionId: item.actionId, dueDate: item.date }]
        : [],
    ),
    nextDue,
  };
}

export interface NextGoal {
  goal: Goal;
  isOverdue: boolean;
}

/**
 * The active, unfinished goal due next from today on; when every open goal's date has passed,
 * the one that passed last (long-forgotten goals are not what a person is working on). On a
 * tie, the one listed first in the plan.
 */
export function findNextGoal(plan: Plan, today: string): NextGoal | null {
  const open = plan.goals.filter(
    (goal) => goal.archivedAt === null && findGoalStatus(goal) !== 'done',
  );
  const upcoming = open.filter((goal) => goal.targetDate >= today);
  const next = upcoming.reduce<Goal | null>(
    (earliest, goal) =>
      earliest === null || goal.targetDate < earliest.targetDate ? goal : earliest,
    null,
  );
  if (next) return { goal: next, isOverdue: false };
  const latest = open.reduce<Goal | null>(
    (last, goal) => (last === null || goal.targetDate > last.targetDate ? goal : last),
    null,
  );
  return latest === null ? null : { goal: latest, isOverdue: true };
}
