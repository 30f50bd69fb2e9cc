import { emptyPlan, type Goal, type Plan, type PlanAction } from '../../../../src/domain/plan/plan';

export function makeAction(overrides: Partial<PlanAction> = {}): PlanAction {
  return {
    id: 'action-1',
    title: 'Shadow the CFO in budget reviews',
    catalogId: null,
    status: 'not-started',
    notes: '',
    dueDate: null,
    doneAt: null,
    ...overrides,
  };
}

export function makeGoal(overrides: Partial<Goal> = {}): Goal {
  return {
    id: 'goal-1',
    skill: 'strategic-thinking',
    what: 'Lead the learning portfolio review',
    measure: 'Two business leaders sign off the priorities',
    targetDate: '2025-06-30',
    createdAt: '2025-01-10T09:00:00.000Z',
    archivedAt: null,
    actions: [],
    ...overrides,
  };
}

export function makePlan(goals: Goal[]): Plan {
  return { ...emptyPlan, goals };
}
