import type { Catalog, CatalogEntry } from '../../../src/domain/plan/catalog';
import { emptyAdvocacyCase, emptyPlan, type Plan } from '../../../src/domain/plan/plan';
import { raterDraftKey } from '../../../src/domain/review/rater-draft';
import { createSharedReport, type SharedReport } from '../../../src/domain/review/shared-report';
import type { BackupData } from '../../../src/storage/backup';
import { build, respond, sheet } from '../domain/review/review-fixtures';
import {
  REVIEW_ID,
  invitation,
  ownedReview,
  raterDraft,
  raterResponse,
  receivedResponse,
} from '../support/reviews';

export const NOW = new Date('2026-03-04T05:06:07.000Z');

/* ----------------------------------------------------------------------------------------- */
/* Valid documents, each with every part filled, that the cases below spoil one field at a time */
/* ----------------------------------------------------------------------------------------- */

export const entry: CatalogEntry = {
  id: 'org-course',
  type: 'course',
  title: { en: 'Our course', es: 'Nuestro curso', fr: 'Notre cours' },
  summary: { en: 'Practice with feedback.', fr: 'Pratique avec retours.' },
  provider: 'Acme Academy',
  skills: ['executive-presence'],
  level: 'foundational',
  effort: { en: 'Two days' },
  format: null,
  prerequisites: null,
  url: 'https://academy.example.com/course?id=1#top',
};

export const catalog: Catalog = { version: 'org-1', entries: [entry] };

export const draftKey = raterDraftKey(invitation());

export const plan: Plan = {
  ...emptyPlan,
  goals: [
    {
      id: 'goal-1',
      skill: 'strategic-thinking',
      what: 'Lead the portfolio review',
      measure: 'Two leaders sign off',
      targetDate: '2026-06-30',
      createdAt: '2026-01-10T09:00:00.000Z',
      archivedAt: null,
      actions: [
        {
          id: 'action-1',
          title: 'Book time',
          catalogId: null,
          status: 'not-started',
          notes: 'Notes',
          dueDate: null,
          doneAt: null,
        },
      ],
    },
  ],
  advocacy: {
    ...emptyAdvocacyCase,
    quickWins: ['Merge two courses'],
    objections: { needAnother: 'a', notReady: 'b', value: 'c' },
  },
  customCatalog: { mode: 'extend', catalog },
};

export function sharedReport(): SharedReport {
  const raters = [3, 4, 5].map((rating) =>
    respond('peer', sheet({ 'executive-presence': rating === 3 ? 3 : 4 }), {
      strength: `Strength ${String(rating)}`,
      develop: `Develop ${String(rating)}`,
    }),
  );
  const manager = respond('peer', sheet({ 'executive-presence': 4 }));
  return createSharedReport({
    reviewId: REVIEW_ID,
    subjectName: 'Ana Pérez',
    wave: 1,
    report: build({ responses: [...raters, { ...manager, category: 'manager' }] }),
    now: NOW,
  });
}

export const backupData: BackupData = {
  assessments: [
    {
      id: 'a1',
      completedAt: '2026-01-02T03:04:05.000Z',
      instrumentVersion: '2026.1',
      answers: { 'ep-1': 4 },
    },
  ],
  draft: {
    startedAt: '2026-02-01T10:00:00.000Z',
    updatedAt: '2026-02-01T10:05:00.000Z',
    instrumentVersion: '2026.1',
    answers: { 'st-1': 3 },
    currentSkill: 'strategic-thinking',
    currentItemId: 'st-1',
  },
  settings: { language: 'es' },
  reviews: [
    ownedReview({
      message: 'Thanks',
      ownerName: 'Ana',
      namedRaters: [{ id: 'DDDDDDDDDDD', name: 'Bo', category: 'peer' }],
      responses: [receivedResponse(raterResponse())],
    }),
  ],
  raterDrafts: { [draftKey]: raterDraft({ sentCode: 'code' }) },
  sharedReports: [sharedReport()],
  plan,
};
