import { experiences } from '../../../src/content/catalog/experiences';
import { emptyAdvocacyCase } from '../../../src/domain/plan/plan';
import { createBackup, mergeBackup } from '../../../src/storage/backup';
import {
  emptyPersistedState,
  pickPersisted,
  type PersistedState,
} from '../../../src/stores/persisted-state';
import { NOW, completed } from './storage-fault-fixtures';
import type { WriteCase } from './storage-fault-write-cases';

const goalIds = (state: PersistedState) => state.plan.goals.map((goal) => goal.id);
const firstGoal = (state: PersistedState) => state.plan.goals[0];
const actionIds = (state: PersistedState) => firstGoal(state)?.actions.map((action) => action.id);

/** Writes of the development plan, the case for the role, and whole-data replacements. */
export const planWrites: WriteCase[] = [
  {
    action: 'setImportance',
    name: 'weigh a skill for the next role',
    run: (s) => {
      s.setImportance('business-acumen', 5);
    },
    shows: (s) => s.plan.importance['business-acumen'],
    expected: 5,
  },
  {
    action: 'addGoal',
    name: 'add a goal',
    run: (s) => {
      s.addGoal(
        {
          skill: 'business-acumen',
          what: 'Read the P&L monthly',
          measure: 'Explain it to the CFO',
          targetDate: '2025-12-01',
        },
        [{ title: 'Book time with finance', catalogId: null, dueDate: null }],
        'g3',
      );
    },
    shows: goalIds,
    expected: ['g1', 'g2', 'g3'],
  },
  {
    action: 'updateGoal',
    name: 'edit a goal',
    run: (s) => {
      s.updateGoal('g1', { what: 'Chair the planning offsite' });
    },
    shows: (s) => firstGoal(s)?.what,
    expected: 'Chair the planning offsite',
  },
  {
    action: 'moveGoal',
    name: 'reorder goals',
    run: (s) => {
      s.moveGoal('g1', 1);
    },
    shows: goalIds,
    expected: ['g2', 'g1'],
  },
  {
    action: 'setGoalArchived',
    name: 'archive a goal',
    run: (s) => {
      s.setGoalArchived('g1', true);
    },
    shows: (s) => firstGoal(s)?.archivedAt,
    expected: NOW.toISOString(),
  },
  {
    action: 'deleteGoal',
    name: 'delete a goal',
    run: (s) => {
      s.deleteGoal('g1');
    },
    shows: goalIds,
    expected: ['g2'],
  },
  {
    action: 'addAction',
    name: 'add an action',
    run: (s) => {
      s.addAction('g1', { title: 'Read the strategy', catalogId: null, dueDate: null }, 'g1-3');
    },
    shows: actionIds,
    expected: ['g1-1', 'g1-2', 'g1-3'],
  },
  {
    action: 'updateAction',
    name: 'tick an action done',
    run: (s) => {
      s.updateAction('g1', 'g1-1', { status: 'done' });
    },
    shows: (s) => firstGoal(s)?.actions[0]?.status,
    expected: 'done',
  },
  {
    action: 'moveAction',
    name: 'reorder actions',
    run: (s) => {
      s.moveAction('g1', 'g1-1', 1);
    },
    shows: actionIds,
    expected: ['g1-2', 'g1-1'],
  },
  {
    action: 'removeAction',
    name: 'remove an action',
    run: (s) => {
      s.removeAction('g1', 'g1-2');
    },
    shows: actionIds,
    expected: ['g1-1'],
  },
  {
    action: 'updateAdvocacy',
    name: 'edit the case for the role',
    run: (s) => {
      s.updateAdvocacy({ ...emptyAdvocacyCase, quickWins: ['Audit the spend'] });
    },
    shows: (s) => s.plan.advocacy.quickWins,
    expected: ['Audit the spend'],
  },
  {
    action: 'setCustomCatalog',
    name: "import an organization's catalog",
    run: (s) => {
      s.setCustomCatalog({
        mode: 'extend',
        catalog: { version: 'org-1', entries: experiences.slice(0, 1) },
      });
    },
    shows: (s) => s.plan.customCatalog?.mode,
    expected: 'extend',
  },
  {
    action: 'replaceData',
    name: 'import a backup',
    run: (s) => {
      s.replaceData(
        mergeBackup(
          pickPersisted(s),
          createBackup({ ...emptyPersistedState, assessments: [completed('b1')] }, NOW).data,
        ).data,
      );
    },
    shows: (s) => s.assessments.map((a) => a.id),
    expected: ['a1', 'a2', 'b1'],
  },
  {
    action: 'replaceData',
    name: 'delete all data',
    run: (s) => {
      s.replaceData(emptyPersistedState);
    },
    shows: (s) => s,
    expected: emptyPersistedState,
  },
];
