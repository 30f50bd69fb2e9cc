import type { PersistedState } from '../../../src/stores/persisted-state';
import {
  OTHER_REVIEW_ID,
  REVIEW_ID,
  invitation,
  ownedReview,
  raterResponse,
} from '../support/reviews';
import { NOW, RATER_KEY, sharedReport } from './storage-fault-fixtures';
import type { WriteCase } from './storage-fault-write-cases';

const team = { id: 'team0000001', name: 'Platform', createdAt: NOW.toISOString(), reviewIds: [] };
const THIRD_ID = 'AwMDAwMDAwMDAwMDAwMDAw';

const firstReview = (state: PersistedState) => state.reviews[0];
const raterDraftOf = (state: PersistedState) => state.raterDrafts[RATER_KEY];

/** Writes of assessments, settings, 360 reviews, rater drafts and shared reports. */
export const assessmentAndReviewWrites: WriteCase[] = [
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
];
