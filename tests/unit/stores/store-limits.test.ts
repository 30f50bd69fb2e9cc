import { describe, expect, it } from 'vitest';
import { MAX_NAMED_RATERS, MAX_REVIEW_RESPONSES } from '../../../src/domain/review/owned-review';
import {
  MAX_ACTIONS_PER_GOAL,
  MAX_ACTION_NOTES,
  MAX_ACTION_TITLE,
  MAX_CASE_ROWS,
  MAX_CASE_TEXT,
  MAX_GOALS,
  MAX_GOAL_TEXT,
  MAX_OBJECTION,
  emptyAdvocacyCase,
  type AdvocacyCase,
} from '../../../src/domain/plan/plan';
import { MAX_COMMENT, MAX_RATER_NAME } from '../../../src/domain/review/review';
import {
  emptyPersistedState,
  persistedStateSchema,
  pickPersisted,
} from '../../../src/stores/persisted-state';
import type { NewGoal } from '../../../src/stores/plan-slice';
import {
  freshStorageAt,
  loadApp,
  quarantinedKeys,
  readStoredState,
  storedState,
} from '../support/app-store';
import {
  REVIEW_ID,
  invitation,
  ownedReview,
  raterResponse,
  receivedResponse,
} from '../support/reviews';

/*
 * Every list a person can grow and every text they can type has a limit in the stored schema.
 * Each test walks the store up to a limit, tries one more, and checks that what was saved still
 * loads: one past a limit would fail validation at the next start and set the document aside.
 */

const NOW = new Date('2026-03-04T05:06:07.089Z');

const newGoal: NewGoal = {
  skill: 'business-acumen',
  what: 'Cost every program',
  measure: 'Full cost known for all programs',
  targetDate: '2026-09-30',
};

type App = Awaited<ReturnType<typeof loadApp>>;

/** The state in memory and the state saved both pass the schema, and a fresh start keeps it. */
async function expectStillLoads({ useAppStore }: App) {
  const inMemory = pickPersisted(useAppStore.getState());
  expect(persistedStateSchema.safeParse(inMemory).success).toBe(true);
  expect(readStoredState()).toEqual(inMemory);
  const reloaded = await loadApp();
  expect(quarantinedKeys()).toEqual([]);
  expect(reloaded.useStorageHealthStore.getState().problems).toEqual([]);
  expect(pickPersisted(reloaded.useAppStore.getState())).toEqual(inMemory);
}

/** A goal with `count` actions of the person's own, through the store as the page adds them. */
async function appWithGoal(count = 0): Promise<App> {
  const app = await loadApp();
  const { addGoal, addAction } = app.useAppStore.getState();
  expect(addGoal(newGoal, [], 'g1')).toBe('saved');
  for (let index = 1; index <= count; index += 1) {
    expect(
      addAction(
        'g1',
        { title: `Step ${String(index)}`, catalogId: null, dueDate: null },
        `a${String(index)}`,
      ),
    ).toBe('saved');
  }
  return app;
}

function goalOf(app: App) {
  const goal = app.useAppStore.getState().plan.goals[0];
  if (!goal) throw new Error('no goal');
  return goal;
}

freshStorageAt(NOW);

describe('the plan at its limits', () => {
  it(`keeps ${String(MAX_GOALS)} goals and refuses one more`, async () => {
    const app = await loadApp();
    const { addGoal } = app.useAppStore.getState();
    for (let index = 1; index <= MAX_GOALS; index += 1) {
      expect(addGoal(newGoal, [], `g${String(index)}`)).toBe('saved');
    }

    expect(addGoal(newGoal, [], 'one-more')).toBe('full');

    expect(app.useAppStore.getState().plan.goals).toHaveLength(MAX_GOALS);
    await expectStillLoads(app);
  });

  it('counts archived goals too: archiving makes no room', async () => {
    const app = await loadApp();
    const { addGoal, setGoalArchived } = app.useAppStore.getState();
    for (let index = 1; index <= MAX_GOALS; index += 1) addGoal(newGoal, [], `g${String(index)}`);
    setGoalArchived('g1', true);

    expect(addGoal(newGoal, [], 'one-more')).toBe('full');
    await expectStillLoads(app);
  });

  it(`keeps ${String(MAX_ACTIONS_PER_GOAL)} actions on a goal and refuses one more`, async () => {
    const app = await appWithGoal(MAX_ACTIONS_PER_GOAL);

    const outcome = app.useAppStore
      .getState()
      .addAction('g1', { title: 'One more', catalogId: null, dueDate: null }, 'extra');

    expect(outcome).toBe('full');
    expect(goalOf(app).actions).toHaveLength(MAX_ACTIONS_PER_GOAL);
    await expectStillLoads(app);
  });

  it('refuses a new goal that would start with more actions than a goal keeps', async () => {
    const app = await loadApp();
    const actions = Array.from({ length: MAX_ACTIONS_PER_GOAL + 1 }, (_, index) => ({
      title: `Step ${String(index)}`,
      catalogId: null,
      dueDate: null,
    }));

    expect(app.useAppStore.getState().addGoal(newGoal, actions, 'g1')).toBe('full');
    expect(app.useAppStore.getState().addGoal(newGoal, actions.slice(1), 'g1')).toBe('saved');
    await expectStillLoads(app);
  });

  it.each<[string, (index: number) => Partial<AdvocacyCase>]>([
    [
      'portfolio',
      (n) => ({
        portfolio: rows(n, () => ({ program: 'Onboarding', owner: 'HR', overlap: '', gaps: '' })),
      }),
    ],
    ['quickWins', (n) => ({ quickWins: rows(n, () => 'Merge the two induction courses') })],
    [
      'objectives',
      (n) => ({
        objectives: rows(n, () => ({ objective: 'Retention', programs: '', metric: '' })),
      }),
    ],
    ['allies', (n) => ({ allies: rows(n, () => ({ name: 'Ana', role: 'CFO', kind: 'sponsor' })) })],
  ])(
    `keeps ${String(MAX_CASE_ROWS)} rows of the case's %s, one added at a time, and refuses one more`,
    async (_list, withRows) => {
      const app = await loadApp();
      const { updateAdvocacy } = app.useAppStore.getState();
      for (let count = 1; count <= MAX_CASE_ROWS; count += 1) {
        expect(updateAdvocacy({ ...emptyAdvocacyCase, ...withRows(count) })).toBe('saved');
      }
      const atLimit = app.useAppStore.getState().plan.advocacy;

      expect(updateAdvocacy({ ...emptyAdvocacyCase, ...withRows(MAX_CASE_ROWS + 1) })).toBe('full');

      expect(app.useAppStore.getState().plan.advocacy).toBe(atLimit);
      await expectStillLoads(app);
    },
  );

  it.each<[string, number, (app: App, text: string) => string]>([
    [
      'what a goal is',
      MAX_GOAL_TEXT,
      (app, what) => app.useAppStore.getState().updateGoal('g1', { what }),
    ],
    [
      'how a goal is measured',
      MAX_GOAL_TEXT,
      (app, measure) => app.useAppStore.getState().updateGoal('g1', { measure }),
    ],
    [
      'a new action',
      MAX_ACTION_TITLE,
      (app, title) =>
        app.useAppStore
          .getState()
          .addAction('g1', { title, catalogId: null, dueDate: null }, `a-${String(title.length)}`),
    ],
    [
      'the notes of an action',
      MAX_ACTION_NOTES,
      (app, notes) => app.useAppStore.getState().updateAction('g1', 'a1', { notes }),
    ],
    [
      'a row of the case',
      MAX_CASE_TEXT,
      (app, text) =>
        app.useAppStore.getState().updateAdvocacy({ ...emptyAdvocacyCase, quickWins: [text] }),
    ],
    [
      'an answer to an objection',
      MAX_OBJECTION,
      (app, value) =>
        app.useAppStore.getState().updateAdvocacy({
          ...emptyAdvocacyCase,
          objections: { ...emptyAdvocacyCase.objections, value },
        }),
    ],
  ])('keeps %s at %i characters and refuses one more', async (_text, max, change) => {
    const app = await appWithGoal(1);

    expect(change(app, 'x'.repeat(max))).toBe('saved');
    const atLimit = pickPersisted(app.useAppStore.getState());
    expect(change(app, 'y'.repeat(max + 1))).toBe('invalid');

    expect(pickPersisted(app.useAppStore.getState())).toEqual(atLimit);
    await expectStillLoads(app);
  });

  it('refuses a change to a goal that is not in the plan', async () => {
    const app = await loadApp();
    const { addAction, updateGoal } = app.useAppStore.getState();

    expect(updateGoal('nope', { what: 'x' })).toBe('missing');
    expect(addAction('nope', { title: 'x', catalogId: null, dueDate: null }, 'a1')).toBe('missing');
  });

  it('refuses a target date that is not a real day and an importance outside 1–5', async () => {
    const app = await appWithGoal(1);
    const { updateGoal, updateAction, setImportance } = app.useAppStore.getState();

    expect(updateGoal('g1', { targetDate: '2026-02-31' })).toBe('invalid');
    expect(updateAction('g1', 'a1', { dueDate: '2026-13-01' })).toBe('invalid');
    expect(setImportance('business-acumen', 6)).toBe('invalid');
    await expectStillLoads(app);
  });
});

function rows<T>(count: number, row: () => T): T[] {
  return Array.from({ length: count }, row);
}

describe('360 reviews at their limits', () => {
  const raters = (count: number) =>
    rows(count, () => null).map((_, index) => ({
      id: `rater${String(index).padStart(6, '0')}`,
      name: `Rater ${String(index)}`,
      category: 'peer' as const,
    }));

  it(`keeps a review naming ${String(MAX_NAMED_RATERS)} raters and refuses one naming more`, async () => {
    const app = await loadApp();
    const { addReview } = app.useAppStore.getState();

    expect(addReview({ ...ownedReview(), namedRaters: raters(MAX_NAMED_RATERS + 1) })).toBe('full');
    expect(addReview({ ...ownedReview(), namedRaters: raters(MAX_NAMED_RATERS) })).toBe('saved');

    expect(app.useAppStore.getState().reviews).toHaveLength(1);
    await expectStillLoads(app);
  });

  it('refuses a review with a text past its stored limit', async () => {
    const app = await loadApp();
    const tooLong = { ...ownedReview(), ownerEmail: `${'a'.repeat(250)}@example.org` };

    expect(app.useAppStore.getState().addReview(tooLong)).toBe('invalid');
    expect(app.useAppStore.getState().reviews).toEqual([]);
  });

  it(`keeps ${String(MAX_REVIEW_RESPONSES)} responses and reports the next one as full`, async () => {
    const responses = rows(MAX_REVIEW_RESPONSES - 1, () => null).map((_, index) =>
      receivedResponse(raterResponse({ responseId: `r${String(index).padStart(10, '0')}` })),
    );
    const app = await loadApp(
      storedState({ ...emptyPersistedState, reviews: [ownedReview({ responses })] }),
    );
    const { receiveResponse } = app.useAppStore.getState();

    expect(receiveResponse(raterResponse({ responseId: 'lastOne0001' }))).toEqual({
      outcome: 'added',
      wave: 1,
    });
    expect(receiveResponse(raterResponse({ responseId: 'oneMore0001' }))).toEqual({
      outcome: 'full',
    });

    const [review] = app.useAppStore.getState().reviews;
    expect(review?.id).toBe(REVIEW_ID);
    expect(review?.responses).toHaveLength(MAX_REVIEW_RESPONSES);
    await expectStillLoads(app);
  });
});

describe('rater drafts at their limits', () => {
  it.each([
    ['strength', MAX_COMMENT],
    ['develop', MAX_COMMENT],
    ['raterName', MAX_RATER_NAME],
  ] as const)('keeps %s at %i characters and refuses one more', async (field, max) => {
    const app = await loadApp();
    const { openInvitation, updateRaterText } = app.useAppStore.getState();
    const key = openInvitation(invitation());

    expect(updateRaterText(key, { [field]: 'x'.repeat(max) })).toBe(true);
    expect(updateRaterText(key, { [field]: 'y'.repeat(max + 1) })).toBe(false);

    expect(app.useAppStore.getState().raterDrafts[key]?.[field]).toBe('x'.repeat(max));
    await expectStillLoads(app);
  });
});
