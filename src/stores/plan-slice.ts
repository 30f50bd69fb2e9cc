import type { StateCreator } from 'zustand';
import type { AdvocacyCase, Goal, Plan, PlanAction } from '../domain/plan';
import { localDay } from '../domain/local-day';
import { emptyPlan } from '../domain/plan';
import type { SkillId } from '../domain/skills';
import type { AppState } from './app-state';

export type NewGoal = Pick<Goal, 'skill' | 'what' | 'measure' | 'targetDate'>;
export type NewAction = Pick<PlanAction, 'title' | 'catalogId' | 'dueDate'>;
export type ActionChange = Partial<Pick<PlanAction, 'title' | 'status' | 'notes' | 'dueDate'>>;

export interface PlanSlice {
  plan: Plan;
  setImportance: (skill: SkillId, value: number) => void;
  addGoal: (goal: NewGoal, actions: NewAction[], id: string) => void;
  updateGoal: (goalId: string, change: Partial<NewGoal>) => void;
  moveGoal: (goalId: string, step: -1 | 1) => void;
  setGoalArchived: (goalId: string, isArchived: boolean) => void;
  deleteGoal: (goalId: string) => void;
  addAction: (goalId: string, action: NewAction, id: string) => void;
  updateAction: (goalId: string, actionId: string, change: ActionChange) => void;
  moveAction: (goalId: string, actionId: string, step: -1 | 1) => void;
  removeAction: (goalId: string, actionId: string) => void;
  updateAdvocacy: (advocacy: AdvocacyCase) => void;
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

export const createPlanSlice: StateCreator<AppState, [], [], PlanSlice> = (set) => {
  const setPlan = (change: (plan: Plan) => Partial<Plan>) => {
    set((state) => ({ plan: { ...state.plan, ...change(state.plan) } }));
  };
  const setGoals = (change: (goals: Goal[]) => Goal[]) => {
    setPlan((plan) => ({ goals: change(plan.goals) }));
  };
  const setGoal = (goalId: string, change: (goal: Goal) => Goal) => {
    setGoals((goals) => goals.map((goal) => (goal.id === goalId ? change(goal) : goal)));
  };
  const toAction = (action: NewAction, id: string): PlanAction => ({
    ...action,
    id,
    status: 'not-started',
    notes: '',
    doneAt: null,
  });
  return {
    plan: emptyPlan,
    setImportance: (skill, value) => {
      setPlan((plan) => ({ importance: { ...plan.importance, [skill]: value } }));
    },
    addGoal: (goal, actions, id) => {
      const created: Goal = {
        ...goal,
        id,
        createdAt: new Date().toISOString(),
        archivedAt: null,
        actions: actions.map((action, index) => toAction(action, `${id}-${String(index + 1)}`)),
      };
      setGoals((goals) => [...goals, created]);
    },
    updateGoal: (goalId, change) => {
      setGoal(goalId, (goal) => ({ ...goal, ...change }));
    },
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
    addAction: (goalId, action, id) => {
      setGoal(goalId, (goal) => ({ ...goal, actions: [...goal.actions, toAction(action, id)] }));
    },
    updateAction: (goalId, actionId, change) => {
      setGoal(goalId, (goal) => ({
        ...goal,
        actions: goal.actions.map((a) => (a.id === actionId ? applyActionChange(a, change) : a)),
      }));
    },
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
      setPlan(() => ({ advocacy }));
    },
    setCustomCatalog: (custom) => {
      setPlan(() => ({ customCatalog: custom }));
    },
  };
};
