import { builtInCatalog } from '../../src/content/catalog';
import { itemBank } from '../../src/content/item-bank';
import type { Answers, CompletedAssessment } from '../../src/domain/assessment/assessment';
import type { OwnedReview, ReceivedResponse } from '../../src/domain/review/owned-review';
import {
  emptyAdvocacyCase,
  type Goal,
  type Plan,
  type PlanAction,
} from '../../src/domain/plan/plan';
import type { RaterAnswers } from '../../src/domain/review/review';
import { NOT_OBSERVED, ratingValues, type Rating } from '../../src/domain/instrument/scale';
import { skillIds } from '../../src/domain/instrument/skills';
import { encodeBase64Url } from '../../src/links/base64url';
import { DATA_KEY } from '../../src/storage/storage-contract';
import {
  PERSISTED_VERSION,
  persistedStateSchema,
  pickPersisted,
  type PersistedState,
} from '../../src/stores/persisted-state';

/*
 * A long, busy history built from a seed: the same bytes on every run, so sizes measured on it
 * are stable. Text is English prose of the length people write; keys are random bytes of the
 * real lengths (never used as keys), since sealing or deriving them would only cost time.
 */

export interface Random {
  next: () => number;
  pick: <T>(list: readonly T[]) => T;
  bytes: (length: number) => Uint8Array;
}

/** mulberry32: tiny, fast and plenty for test data. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const pick = <T>(list: readonly T[]): T => {
    const item = list[Math.floor(next() * list.length)];
    if (item === undefined) throw new RangeError('cannot pick from an empty list');
    return item;
  };
  const bytes = (length: number) => Uint8Array.from({ length }, () => Math.floor(next() * 256));
  return { next, pick, bytes };
}

const strengths = [
  'Explains the why behind every programme, so people know what the learning is for.',
  'Brings data to leadership meetings and is honest about what the numbers do not show.',
  'Stays calm when plans change and helps the team find the next useful step.',
  'Builds real partnerships with business leaders instead of waiting for requests.',
  'Gives clear, kind feedback and follows up on it.',
  'Turned the onboarding redesign into a business case that finance actually supported.',
  'Listens first in difficult conversations and summarises fairly before deciding.',
  'Makes room for the team to present their own work to senior leaders.',
];

const developments = [
  'Could bring finance into planning earlier rather than at the budget review.',
  'Sometimes says yes to every request; a clearer set of priorities would help the team.',
  'Speak up sooner in executive meetings: your view is usually right and arrives late.',
  'Share the three-year view more often, so we can see how this year fits into it.',
  'Metrics are strong on participation and thinner on business outcomes.',
  'Delegate more of the vendor negotiations; the team is ready for them.',
  'When under pressure the updates get shorter; we would rather hear more, not less.',
];

const notes = [
  'Met with the CFO on Tuesday; she suggested starting from the cost of turnover in sales.',
  'First draft shared with two business partners, who asked for clearer outcome measures.',
  'Slipped by a month because of the reorganisation, but the scope is unchanged.',
  'Booked the sessions for the spring; the mentor asked for a one-page summary beforehand.',
  'The pilot group rated it 4.4 out of 5 and three managers asked to join the next cohort.',
  'Need to revisit the success measure: completion rates say little about behaviour change.',
  'Presented the results at the leadership offsite; the COO wants a follow-up in Q3.',
  'Reading notes kept in the shared folder, with two ideas to test in the next programme.',
];

const goals = [
  ['Lead the learning portfolio review', 'Two business leaders sign off the priorities'],
  ['Present the L&D budget in business terms', 'The CFO accepts the ROI model without rework'],
  ['Speak at the quarterly leadership forum', 'Invited back by the executive team'],
  ['Build a skills dashboard for the board', 'Used in two board meetings this year'],
  ['Lead the merger integration learning plan', 'Every new team onboarded within 90 days'],
  ['Find a sponsor on the executive team', 'Monthly conversations for six months'],
] as const;

const ownTitles = [
  'Shadow the CFO in budget reviews',
  'Ask three peers for feedback after each leadership meeting',
  'Write a one-page case for the learning strategy',
  'Review last year’s programme data with the analytics team',
];

const message =
  'I am working towards a chief learning officer role and would value your honest view of how ' +
  'I lead. It takes about ten minutes and answers are only shown in groups. Thank you!';

const names = ['Ana Pérez', 'Sam Okafor', 'Lena Müller', 'Priya Nair', 'Tom Walsh', 'Mei Chen'];
const others = ['peer', 'direct-report', 'peer', 'direct-report', 'other'] as const;

function sentences(random: Random, pool: readonly string[], max: number): string {
  const count = Math.floor(random.next() * (max + 1));
  return Array.from({ length: count }, () => random.pick(pool)).join(' ');
}

function uuid(random: Random): string {
  const hex = Array.from(random.bytes(16), (byte) => byte.toString(16).padStart(2, '0')).join('');
  return hex.replace(/^(.{8})(.{4})(.{4})(.{4})/, '$1-$2-$3-$4-');
}

function rating(random: Random, level: number): Rating {
  const index = Math.round(level - 1 + random.next() * 1.6 - 0.8);
  return ratingValues[Math.min(4, Math.max(0, index))] ?? 3;
}

/** Answers that improve from about 2 to about 4.5 as `progress` runs from 0 to 1. */
function selfAnswers(random: Random, progress: number): Answers {
  const level = 2 + 2.5 * progress;
  return Object.fromEntries(itemBank.items.map((item) => [item.id, rating(random, level)]));
}

/** Mostly 3–5, with the occasional "not observed", as raters who know the person answer. */
export function raterAnswers(random: Random, level = 3.8): RaterAnswers {
  return Object.fromEntries(
    itemBank.items.map((item) => [
      item.id,
      random.next() < 0.06 ? NOT_OBSERVED : rating(random, level),
    ]),
  );
}

function days(from: Date, count: number): Date {
  return new Date(from.getTime() + count * 86_400_000);
}

export interface ReviewSpec {
  createdAt: Date;
  responses: number;
  /** Responses that arrive after the report was frozen, in a second wave. */
  late: number;
  selfAssessmentId: string | null;
}

function receive(random: Random, spec: ReviewSpec, index: number): ReceivedResponse {
  const named = random.next() < 0.5;
  const isLate = index >= spec.responses - spec.late;
  return {
    response: {
      responseId: encodeBase64Url(random.bytes(8)),
      reviewId: '',
      category: index === 0 ? 'manager' : random.pick(others),
      ...(named ? { raterId: encodeBase64Url(random.bytes(8)) } : {}),
      answers: raterAnswers(random),
      strength: sentences(random, strengths, 3),
      develop: sentences(random, developments, 2),
      raterName: '',
      language: 'en',
      instrumentVersion: itemBank.version,
    },
    receivedAt: days(spec.createdAt, isLate ? 31 + index : 2 + (index % 20)).toISOString(),
    wave: isLate ? 2 : 1,
  };
}

/** A subject-owned review with its responses; a second wave only when some arrive late. */
export function buildOwnedReview(random: Random, spec: ReviewSpec): OwnedReview {
  const id = encodeBase64Url(random.bytes(16));
  const received = Array.from({ length: spec.responses }, (_, index) =>
    receive(random, spec, index),
  );
  const responses = received.map((r) => ({ ...r, response: { ...r.response, reviewId: id } }));
  const key = () => encodeBase64Url(random.bytes(32));
  return {
    id,
    createdAt: spec.createdAt.toISOString(),
    subjectName: 'Ana Pérez',
    ownerRole: 'subject',
    ownerEmail: 'ana.perez@example.org',
    ownerName: 'Ana',
    dueDate: days(spec.createdAt, 21).toISOString().slice(0, 10),
    message,
    threshold: 3,
    categories: ['manager', 'peer', 'direct-report', 'other'],
    language: 'en',
    instrumentVersion: itemBank.version,
    publicKey: encodeBase64Url(random.bytes(65)),
    privateKeyJwk: { kty: 'EC', crv: 'P-256', x: key(), y: key(), d: key() },
    namedRaters: responses.flatMap(({ response }) =>
      response.raterId === undefined
        ? []
        : [{ id: response.raterId, name: random.pick(names), category: response.category }],
    ),
    selfAssessmentId: spec.selfAssessmentId,
    responses,
    waves: [
      { number: 1, frozenAt: days(spec.createdAt, 30).toISOString() },
      ...(spec.late > 0 ? [{ number: 2, frozenAt: null }] : []),
    ],
  };
}

function buildAction(random: Random, start: Date, isDone: boolean): PlanAction {
  const entry = random.next() < 0.6 ? random.pick(builtInCatalog.entries) : null;
  const due = days(start, 30 + Math.floor(random.next() * 150))
    .toISOString()
    .slice(0, 10);
  return {
    id: uuid(random),
    title: entry?.title.en ?? random.pick(ownTitles),
    catalogId: entry?.id ?? null,
    status: isDone ? 'done' : random.pick(['not-started', 'in-progress'] as const),
    notes: sentences(random, notes, 3),
    dueDate: due,
    doneAt: isDone ? due : null,
  };
}

function buildGoal(random: Random, createdAt: Date, isArchived: boolean): Goal {
  const [what, measure] = random.pick(goals);
  return {
    id: uuid(random),
    skill: random.pick(skillIds),
    what,
    measure,
    targetDate: days(createdAt, 180).toISOString().slice(0, 10),
    createdAt: createdAt.toISOString(),
    archivedAt: isArchived ? days(createdAt, 200).toISOString() : null,
    actions: Array.from({ length: 3 + Math.floor(random.next() * 3) }, () =>
      buildAction(random, createdAt, isArchived),
    ),
  };
}

export interface HistorySize {
  assessments: number;
  reviews: number;
  responsesPerReview: number;
  goals: number;
}

/** Ten years of use: a self-assessment a quarter, a 360 every half year, three goals a year. */
export const heavyHistory = {
  assessments: 40,
  reviews: 20,
  responsesPerReview: 15,
  goals: 30,
} as const satisfies HistorySize;

const start = new Date('2016-01-11T09:30:00.000Z');

/** Spreads `count` dates evenly over the ten years from `start`, the latest last. */
function spread(count: number): Date[] {
  return Array.from({ length: count }, (_, i) => days(start, Math.floor((i * 3650) / count)));
}

export function buildHistory(size: HistorySize, seed = 2016): PersistedState {
  const random = createRandom(seed);
  const assessments: CompletedAssessment[] = spread(size.assessments).map((date, i) => ({
    id: uuid(random),
    completedAt: date.toISOString(),
    instrumentVersion: itemBank.version,
    answers: selfAnswers(random, i / size.assessments),
  }));
  const reviews = spread(size.reviews).map((createdAt) =>
    buildOwnedReview(random, {
      createdAt,
      responses: size.responsesPerReview,
      late: Math.min(2, size.responsesPerReview),
      selfAssessmentId:
        assessments.findLast((a) => a.completedAt < createdAt.toISOString())?.id ?? null,
    }),
  );
  return persistedStateSchema.parse({
    assessments,
    draft: null,
    settings: { language: 'en' },
    reviews,
    raterDrafts: {},
    sharedReports: [],
    plan: buildPlan(random, size.goals),
  } satisfies PersistedState);
}

/** Goals over the years, all but the latest six archived, and a case for the role filled in. */
function buildPlan(random: Random, goalCount: number): Plan {
  const goalDates = spread(goalCount);
  return {
    goals: goalDates.map((date, i) => buildGoal(random, date, i < goalCount - 6)),
    importance: {
      'executive-presence': 4,
      'strategic-thinking': 5,
      'business-acumen': 5,
      'data-driven-decisions': 3,
      'resilience-adaptability': 2,
    },
    advocacy: {
      ...emptyAdvocacyCase,
      quickWins: ownTitles.slice(0, 3),
      allies: names.slice(1, 4).map((name) => ({ name, role: 'Business partner', kind: 'ally' })),
      objections: {
        needAnother: notes.slice(0, 3).join(' '),
        notReady: notes.slice(3, 5).join(' '),
        value: notes.slice(5).join(' '),
      },
    },
    customCatalog: null,
  };
}

/** The heavy history the footprint benchmark and test measure. */
export function buildHeavyState(): PersistedState {
  return buildHistory(heavyHistory);
}

/**
 * The localStorage entries the app would hold for this state: zustand's persist hands
 * `{ state, version }` to the guarded storage, which writes it with JSON.stringify.
 */
export function storedEntries(state: PersistedState = buildHeavyState()): Record<string, string> {
  const value = JSON.stringify({ state: pickPersisted(state), version: PERSISTED_VERSION });
  return { [DATA_KEY]: value };
}
