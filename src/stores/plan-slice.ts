import type { StateCreator } from 'zustand';
import type { AdvocacyCase, Goal, Plan, PlanAction } from '../domain/plan/plan';
import { localDay } from '../domain/calendar/local-day';
import {
  MAX_ACTIONS_PER_GOAL,
  MAX_CASE_ROWS,
  MAX_GOALS,
  advocacyCaseSchema,
  emptyPlan,
  goalSchema,
  importanceSchema,
} from '../domain/plan/plan';
import type { SkillId } from '../domain/instrument/skills';
import type { AppState } from './app-state';

export type NewGoal = Pick<Goal, 'skill' | 'what' | 'measure' | 'targetDate'>;
export type NewAction = Pick<PlanAction, 'title' | 'catalogId' | 'dueDate'>;
export type ActionChange = Partial<Pick<PlanAction, 'title' | 'status' | 'notes' | 'dueDate'>>;

/**
 * What a change to the plan did. A refused change saves nothing: a plan one past its stored
 * limits would fail validation at the next load and be set aside whole.
 * - `full`: a list is at its limit (goals, actions of a goal, rows of the case);
 * - `invalid`: the result breaks the plan's schema (a text too long or empty, a wrong date);
 * - `missing`: the goal is not in the plan.
 */
export type PlanChange = 'saved' | 'full' | 'invalid' | 'missing';

export interface PlanSlice {
  plan: Plan;
  setImportance: (skill: SkillId, value: number) => PlanChange;
  addGoal: (goal: NewGoal, actions: NewAction[], id: string) => PlanChange;
  updateGoal: (goalId: string, change: Partial<NewGoal>) => PlanChange;
  moveGoal: (goalId: string, step: -1 | 1) => void;
  setGoalArchived: (goalId: string, isArchived: boolean) => void;
  deleteGoal: (goalId: string) => void;
  addAction: (goalId: string, action: NewAction, id: string) => PlanChange;
  updateAction: (goalId: string, actionId: string, change: ActionChange) => PlanChange;
  moveAction: (goalId: string, actionId: string, step: -1 | 1) => void;
  removeAction: (goalId: string, actionId: string) => void;
  updateAdvocacy: (advocacy: AdvocacyCase) => PlanChange;
  setCustomCatalog: (custom: Plan['customCatalog']) => void;
}

function move<T extends { id: string }>(list: readonly T[], id: string, step: -1 | 1): T[] {
  const from = list.findIndex((item) => item.id === id);
  const to = from + step;
  const moving = list[from];
  if (from < 0 || to < 0 || to >= list.length || !moving) return [...list];
  const next = list.filter((item) => item.id !== id);
  next.splice(to, 0, moving);
  return next;
}

/** Marking an action done records the day; moving it back out of done clears it. */
function applyActionChange(action: PlanAction, change: ActionChange): PlanAction {
  const next = { ...action, ...change };
  if (change.status === 'done' && action.status !== 'done') next.doneAt = localDay(new Date());
  if (change.status && change.status !== 'done') next.doneAt = null;
  return next;
}

function toAction(action: NewAction, id: string): PlanAction {
  return { ...action, id, status: 'not-started', notes: '', doneAt: null };
}

/** Too many actions is `full`; anything else the goal schema refuses is `invalid`. */
function checkGoal(goal: Goal): PlanChange {
  if (goal.actions.length > MAX_ACTIONS_PER_GOAL) return 'full';
  return goalSchema.safeParse(goal).success ? 'saved' : 'invalid';
}

function checkAdvocacy(advocacy: AdvocacyCase): PlanChange {
  const lists = [advocacy.portfolio, advocacy.quickWins, advocacy.objectives, advocacy.allies];
  if (lists.some((rows) => rows.length > MAX_CASE_ROWS)) return 'full';
  return advocacyCaseSchema.safeParse(advocacy).success ? 'saved' : 'invalid';
}

export const createPlanSlice: StateCreator<AppState, [], [], PlanSlice> = (set, get) => {
  const setPlan = (change: (plan: Plan) => Partial<Plan>) => {
    set((state) => ({ plan: { ...state.plan, ...change(state.plan) } }));
  };
  const setGoals = (change: (goals: Goal[]) => Goal[]) => {
    setPlan((plan) => ({ goals: change(plan.goals) }));
  };
  const setGoal = (goalId: string, change: (goal: Goal) => Goal) => {
    setGoals((goals) => goals.map((goal) => (goal.id === goalId ? change(goal) : goal)));
  };
  /** Saves a changed goal only when the result still fits the stored schema. */
  const changeGoal = (goalId: string, change: (goal: Goal) => Goal): PlanChange => {
    const goal = get().plan.goals.find((candidate) => candidate.id === goalId);
    if (!goal) return 'missing';
    const next = change(goal);
    const outcome = checkGoal(next);
    if (outcome === 'saved') setGoal(goalId, () => next);
    return outcome;
  };
  return {
    plan: emptyPlan,
    setImportance: (skill, value) => {
      if (!importanceSchema.safeParse(value).success) return 'invalid';
      setPlan((plan) => ({ importance: { ...plan.importance, [skill]: value } }));
      return 'saved';
    },
    addGoal: (goal, actions, id) => {
      if (get().plan.goals.length >= MAX_GOALS) return 'full';
      const created: Goal = {
        ...goal,
        id,
        createdAt: new Date().toISOString(),
        archivedAt: null,
        actions: actions.map((action, index) => toAction(action, `${id}-${String(index + 1)}`)),
      };
      const outcome = checkGoal(created);
      if (outcome === 'saved') setGoals((goals) => [...goals, created]);
      return outcome;
    },
    updateGoal: (goalId, change) => changeGoal(goalId, (goal) => ({ ...goal, ...change })),
    moveGoal: (goalId, step) => {
      setGoals((goals) => move(goals, goalId, step));
    },
    setGoalArchived: (goalId, isArchived) => {
      setGoal(goalId, (goal) => ({
        ...goal,
        archivedAt: isArchived ? new Date().toISOString() : null,
      }));
    },
    deleteGoal: (goalId) => {
      setGoals((goals) => goals.filter((goal) => goal.id !== goalId));
    },
    addAction: (goalId, action, id) =>
      changeGoal(goalId, (goal) => ({ ...goal, actions: [...goal.actions, toAction(action, id)] })),
    updateAction: (goalId, actionId, change) =>
      changeGoal(goalId, (goal) => ({
        ...goal,
        actions: goal.actions.map((a) => (a.id === actionId ? applyActionChange(a, change) : a)),
      })),
    moveAction: (goalId, actionId, step) => {
      setGoal(goalId, (goal) => ({ ...goal, actions: move(goal.actions, actionId, step) }));
    },
    removeAction: (goalId, actionId) => {
      setGoal(goalId, (goal) => ({
        ...goal,
        actions: goal.actions.filter((a) => a.id !== actionId),
      }));
    },
    updateAdvocacy: (advocacy) => {
      const outcome = checkAdvocacy(advocacy);
      if (outcome === 'saved') setPlan(() => ({ advocacy }));
      return outcome;
    },
    setCustomCatalog: (custom) => {
      setPlan(() => ({ customCatalog: custom }));
    },
  };
};
