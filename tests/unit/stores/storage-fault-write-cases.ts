import { experiences } from '../../../src/content/catalog/experiences';
import { emptyAdvocacyCase } from '../../../src/domain/plan/plan';
import { createBackup, mergeBackup } from '../../../src/storage/backup';
import type { AppState } from '../../../src/stores/app-state';
import {
  emptyPersistedState,
  pickPersisted,
  type PersistedState,
} from '../../../src/stores/persisted-state';
import {
  OTHER_REVIEW_ID,
  REVIEW_ID,
  invitation,
  ownedReview,
  raterResponse,
} from '../support/reviews';
import { NOW, RATER_KEY, completed, sharedReport } from './storage-fault-fixtures';

/*
 * Every action of the store that saves, with what the person did (so the test can see the
 * change is still in memory after the write failed). The test checks this list against the
 * store's own actions, so a new action cannot be left out.
 */

export interface WriteCase {
  action: keyof AppState;
  name: string;
  run: (state: AppState) => unknown;
  /** The part of the saved state the action changes, and what it must hold afterwards. */
  shows: (state: PersistedState) => unknown;
  expected: unknown;
}

const team = { id: 'team0000001', name: 'Platform', createdAt: NOW.toISOString(), reviewIds: [] };
const THIRD_ID = 'AwMDAwMDAwMDAwMDAwMDAw';

const goalIds = (state: PersistedState) => state.plan.goals.map((goal) => goal.id);
const firstGoal = (state: PersistedState) => state.plan.goals[0];
const actionIds = (state: PersistedState) => firstGoal(state)?.actions.map((action) => action.id);
const firstReview = (state: PersistedState) => state.reviews[0];
const raterDraftOf = (state: PersistedState) => state.raterDrafts[RATER_KEY];

export const writeCases: WriteCase[] = [
  {
    action: 'startDraft',
    name: 'start an assessment over',
    run: (s) => {
      s.startDraft('2026.1');
    },
    shows: (s) => s.draft?.answers,
    expected: {},
  },
  {
    action: 'answerItem',
    name: 'answer a statement',
    run: (s) => {
      s.answerItem('ep-3', 5, 'executive-presence');
    },
    shows: (s) => s.draft?.answers,
    expected: { 'ep-1': 4, 'ep-2': 3, 'ep-3': 5 },
  },
  {
    action: 'goToStep',
    name: 'go to the next step',
    run: (s) => {
      s.goToStep('strategic-thinking');
    },
    shows: (s) => s.draft?.currentSkill,
    expected: 'strategic-thinking',
  },
  {
    action: 'discardDraft',
    name: 'discard the assessment in progress',
    run: (s) => {
      s.discardDraft();
    },
    shows: (s) => s.draft,
    expected: null,
  },
  {
    action: 'submitDraft',
    name: 'finish the assessment',
    run: (s) => s.submitDraft('a3'),
    shows: (s) => s.assessments.map((a) => a.id),
    expected: ['a1', 'a2', 'a3'],
  },
  {
    action: 'deleteAssessment',
    name: 'delete an assessment',
    run: (s) => {
      s.deleteAssessment('a1');
    },
    shows: (s) => s.assessments.map((a) => a.id),
    expected: ['a2'],
  },
  {
    action: 'setLanguage',
    name: 'change the language',
    run: (s) => {
      s.setLanguage('fr');
    },
    shows: (s) => s.settings,
    expected: { language: 'fr' },
  },
  {
    action: 'addReview',
    name: 'create a review',
    run: (s) => {
      s.addReview(ownedReview({ id: OTHER_REVIEW_ID }));
    },
    shows: (s) => s.reviews.map((r) => r.id),
    expected: [REVIEW_ID, OTHER_REVIEW_ID],
  },
  {
    action: 'addTeamReviews',
    name: 'start reviews for a team',
    run: (s) => {
      s.addTeamReviews(team, [ownedReview({ id: OTHER_REVIEW_ID })]);
    },
    shows: (s) => s.teams?.map((t) => t.reviewIds),
    expected: [[OTHER_REVIEW_ID]],
  },
  {
    action: 'removeFromTeam',
    name: 'take a person out of a team',
    run: (s) => {
      s.addTeamReviews(team, [ownedReview({ id: OTHER_REVIEW_ID }), ownedReview({ id: THIRD_ID })]);
      s.removeFromTeam(team.id, THIRD_ID);
    },
    shows: (s) => s.teams?.map((t) => t.reviewIds),
    expected: [[OTHER_REVIEW_ID]],
  },
  {
    action: 'receiveResponse',
    name: 'add a response',
    run: (s) => s.receiveResponse(raterResponse({ responseId: 'response002' })),
    shows: (s) => firstReview(s)?.responses.map((r) => r.response.responseId),
    expected: ['response001', 'response002'],
  },
  {
    action: 'freezeReview',
    name: 'close a review',
    run: (s) => {
      s.freezeReview(REVIEW_ID);
    },
    shows: (s) => firstReview(s)?.waves,
    expected: [{ number: 1, frozenAt: NOW.toISOString() }],
  },
  {
    action: 'deleteReview',
    name: 'delete a review',
    run: (s) => {
      s.deleteReview(REVIEW_ID);
    },
    shows: (s) => s.reviews,
    expected: [],
  },
  {
    action: 'setSelfView',
    name: 'pick the self view of a review',
    run: (s) => {
      s.setSelfView(REVIEW_ID, 'a1');
    },
    shows: (s) => firstReview(s)?.selfAssessmentId,
    expected: 'a1',
  },
  {
    action: 'openInvitation',
    name: 'open an invitation as a rater',
    run: (s) => s.openInvitation(invitation({ category: 'manager' })),
    shows: (s) => Object.keys(s.raterDrafts),
    expected: [RATER_KEY, `${REVIEW_ID}:manager:`],
  },
  {
    action: 'answerAsRater',
    name: 'answer as a rater',
    run: (s) => {
      s.answerAsRater(RATER_KEY, 'st-1', 0);
    },
    shows: (s) => raterDraftOf(s)?.answers,
    expected: { 'ep-1': 3, 'st-1': 0 },
  },
  {
    action: 'updateRaterText',
    name: 'write a rater comment',
    run: (s) => {
      s.updateRaterText(RATER_KEY, { strength: 'Clear priorities' });
    },
    shows: (s) => raterDraftOf(s)?.strength,
    expected: 'Clear priorities',
  },
  {
    action: 'markResponseSent',
    name: 'seal a rater response',
    run: (s) => {
      s.markResponseSent(RATER_KEY, 'Rsealed');
    },
    shows: (s) => raterDraftOf(s)?.sentCode,
    expected: 'Rsealed',
  },
  {
    action: 'addSharedReport',
    name: 'import a shared report',
    run: (s) => s.addSharedReport(sharedReport(2)),
    shows: (s) => s.sharedReports.map((r) => r.wave),
    expected: [1, 2],
  },
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
