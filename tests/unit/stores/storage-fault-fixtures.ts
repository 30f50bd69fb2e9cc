import { vi } from 'vitest';
import type {
  CompletedAssessment,
  DraftAssessment,
} from '../../../src/domain/assessment/assessment';
import type { OwnedReview } from '../../../src/domain/review/owned-review';
import { raterDraftKey } from '../../../src/domain/review/rater-draft';
import { MAX_COMMENT } from '../../../src/domain/review/review';
import { createSharedReport, type SharedReport } from '../../../src/domain/review/shared-report';
import { emptyPersistedState, type PersistedState } from '../../../src/stores/persisted-state';
import { storedState } from '../support/app-store';
import { build } from '../domain/review/review-fixtures';
import { uniformAnswers } from '../support/answers';
import {
  OTHER_REVIEW_ID,
  invitation,
  ownedReview,
  raterDraft,
  raterResponse,
  receivedResponse,
} from '../support/reviews';

export const NOW = new Date('2025-03-04T05:06:07.089Z');
/** jsdom, like browsers, allows five million characters of keys and values per origin. */
export const QUOTA_CHARS = 5_000_000;
/** The key the app gives the rater draft of the default invitation. */
export const RATER_KEY = raterDraftKey(invitation());

export function completed(
  id: string,
  completedAt = '2025-01-02T03:04:05.000Z',
): CompletedAssessment {
  return {
    id,
    completedAt,
    instrumentVersion: '2026.1',
    answers: uniformAnswers({ 'executive-presence': 4, 'strategic-thinking': 2 }),
  };
}

export function sharedReport(wave: number): SharedReport {
  return createSharedReport({
    reviewId: OTHER_REVIEW_ID,
    subjectName: 'Dana Ortiz',
    wave,
    report: build(),
    now: NOW,
  });
}

export const richDraft: DraftAssessment = {
  startedAt: '2025-03-01T10:00:00.000Z',
  updatedAt: '2025-03-01T10:05:00.000Z',
  instrumentVersion: '2026.1',
  answers: { 'ep-1': 4, 'ep-2': 3 },
  currentSkill: 'executive-presence',
  currentItemId: 'ep-2',
};

/** Something in every slice, so a fault that drops any part of the document shows. */
export function richState(): PersistedState {
  return {
    assessments: [completed('a1'), completed('a2', '2025-02-02T03:04:05.000Z')],
    draft: richDraft,
    settings: { language: 'es' },
    reviews: [
      ownedReview({
        responses: [receivedResponse(raterResponse({ responseId: 'response001' }))],
      }),
    ],
    raterDrafts: { [RATER_KEY]: raterDraft({ answers: { 'ep-1': 3 } }) },
    sharedReports: [sharedReport(1)],
    plan: {
      ...emptyPersistedState.plan,
      goals: [
        {
          id: 'g1',
          skill: 'strategic-thinking',
          what: 'Lead the annual planning offsite',
          measure: 'Plan adopted by the board',
          targetDate: '2025-09-30',
          createdAt: '2025-02-01T09:00:00.000Z',
          archivedAt: null,
          actions: [
            {
              id: 'g1-1',
              title: 'Shadow the CFO',
              catalogId: null,
              status: 'not-started',
              notes: '',
              dueDate: null,
              doneAt: null,
            },
            {
              id: 'g1-2',
              title: 'Draft the agenda',
              catalogId: null,
              status: 'in-progress',
              notes: 'first pass',
              dueDate: '2025-05-01',
              doneAt: null,
            },
          ],
        },
        {
          id: 'g2',
          skill: 'executive-presence',
          what: 'Present the learning strategy to the executive team',
          measure: 'Two sponsors named',
          targetDate: '2025-11-15',
          createdAt: '2025-02-02T09:00:00.000Z',
          archivedAt: null,
          actions: [],
        },
      ],
    },
  };
}

/** A review with `count` responses, each with full-length comments: how an owner's storage fills. */
function heavyReview(index: number, count: number): OwnedReview {
  const id = `heavy${String(index).padStart(17, '0')}`;
  const responses = Array.from({ length: count }, (_, n) =>
    receivedResponse(
      raterResponse({
        reviewId: id,
        responseId: `r${String(index).padStart(2, '0')}${String(n).padStart(8, '0')}`,
        strength: 's'.repeat(MAX_COMMENT),
        develop: 'd'.repeat(MAX_COMMENT),
      }),
    ),
  );
  return ownedReview({ id, responses });
}

/**
 * A valid document of exactly `length` characters: reviews full of long comments, and the rest
 * made up in the case-for-the-role objections (up to 2,000 characters each).
 */
export function documentOfLength(length: number): { text: string; state: PersistedState } {
  const rich = richState();
  const build = (responses: number, filler: number): PersistedState => {
    const perReview = 500;
    const reviews = Array.from({ length: Math.ceil(responses / perReview) }, (_, index) =>
      heavyReview(index, Math.min(perReview, responses - index * perReview)),
    );
    const first = Math.min(filler, 2000);
    const objections = {
      needAnother: 'n'.repeat(first),
      notReady: 'r'.repeat(filler - first),
      value: '',
    };
    return {
      ...rich,
      reviews: [...rich.reviews, ...reviews],
      plan: { ...rich.plan, advocacy: { ...rich.plan.advocacy, objections } },
    };
  };
  const sizeOf = (responses: number) => storedState(build(responses, 0)).length;
  const unit = sizeOf(2) - sizeOf(1);
  let responses = Math.floor((length - sizeOf(0)) / unit);
  while (sizeOf(responses) > length - 100) responses -= 1;
  const state = build(responses, length - sizeOf(responses));
  return { text: storedState(state), state };
}

/** Every localStorage entry, to compare before and after a fault byte for byte. */
export function snapshotStorage(): Record<string, string> {
  const entries: Record<string, string> = {};
  for (let index = 0; index < localStorage.length; index += 1) {
    const key = localStorage.key(index);
    if (key !== null) entries[key] = localStorage.getItem(key) ?? '';
  }
  return entries;
}

/** From now on every write to localStorage fails as a full browser storage does. */
export function fillQuota() {
  return vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  });
}

/** Figures for the summary printed at the end of the run. */
export interface FaultTally {
  corruptKinds: Set<string>;
  corruptCases: number;
  writeKinds: Set<string>;
  writesFaulted: number;
  tabScenarios: number;
  /** Cases where data that existed before the fault was missing after it. */
  dataLost: number;
}

export function createTally(): FaultTally {
  return {
    corruptKinds: new Set(),
    corruptCases: 0,
    writeKinds: new Set(),
    writesFaulted: 0,
    tabScenarios: 0,
    dataLost: 0,
  };
}

export function formatTally(tally: FaultTally): string {
  const rows: [string, number][] = [
    ['kinds of corrupted stored values tried', tally.corruptKinds.size],
    ['corrupted values tried', tally.corruptCases],
    ['kinds of write faulted with a full quota', tally.writeKinds.size],
    ['writes faulted', tally.writesFaulted],
    ['two-tab scenarios', tally.tabScenarios],
    ['data lost', tally.dataLost],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  return [
    'storage faults',
    ...rows.map(([label, n]) => `  ${label.padEnd(width)}  ${String(n)}`),
  ].join('\n');
}
