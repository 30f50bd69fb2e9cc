import { isDeepStrictEqual } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { createBackup, parseBackup } from '../../../src/storage/backup';
import { listQuarantined } from '../../../src/storage/quarantine';
import { DATA_KEY, QUARANTINE_PREFIX } from '../../../src/storage/storage-contract';
import {
  PERSISTED_VERSION,
  emptyPersistedState,
  pickPersisted,
  type PersistedState,
} from '../../../src/stores/persisted-state';
import {
  envelope,
  freshStorageAt,
  loadApp,
  readStoredState,
  storedState,
} from '../support/app-store';
import { corruptCases, type CorruptCase } from './storage-fault-corrupt-cases';
import { writeCases } from './storage-fault-write-cases';
import {
  NOW,
  QUOTA_CHARS,
  RATER_KEY,
  createTally,
  fillQuota,
  formatTally,
  richDraft,
  richState,
  snapshotStorage,
} from './storage-fault-fixtures';

const tally = createTally();

freshStorageAt(NOW);

afterAll(() => {
  console.log(formatTally(tally));
});

const prototypeNames = Object.getOwnPropertyNames(Object.prototype);

function isPrototypeClean(): boolean {
  return (
    isDeepStrictEqual(Object.getOwnPropertyNames(Object.prototype), prototypeNames) &&
    !('polluted' in {})
  );
}

function withoutKeys(entries: Record<string, string>, keys: string[]): Record<string, string> {
  return Object.fromEntries(Object.entries(entries).filter(([key]) => !keys.includes(key)));
}

async function openApp(stored?: string) {
  const app = await loadApp(stored);
  const { appStorage } = await import('../../../src/stores/app-store');
  return { ...app, appStorage };
}

describe('corrupted stored values', () => {
  it.each(
    corruptCases.map((entry): [string, string, CorruptCase] => [entry.kind, entry.name, entry]),
  )(
    '%s: %s — the app starts, says so and loses nothing',
    async (_kind, _name, { kind, raw, outcome, neighbours = {} }) => {
      const text = raw();
      for (const [key, value] of Object.entries(neighbours)) localStorage.setItem(key, value);
      localStorage.setItem(DATA_KEY, text);

      const { useAppStore, useStorageHealthStore, appStorage } = await openApp();
      const problems = useStorageHealthStore.getState().problems;
      const loaded = pickPersisted(useAppStore.getState());
      // The next save, as any action makes it.
      useAppStore.getState().setLanguage('fr');
      const after = snapshotStorage();
      const quarantined = listQuarantined(appStorage);

      const isKept =
        outcome.kind === 'set-aside'
          ? quarantined.length === 1 && quarantined[0]?.value === text
          : outcome.kind === 'left-in-place'
            ? after[DATA_KEY] === text
            : isDeepStrictEqual(readStoredState(), {
                ...outcome.state,
                settings: { language: 'fr' },
              });
      const areNeighboursKept = isDeepStrictEqual(
        withoutKeys(after, [DATA_KEY, ...quarantined.map((entry) => entry.key)]),
        neighbours,
      );
      tally.corruptKinds.add(kind);
      tally.corruptCases += 1;
      if (!isKept || !areNeighboursKept) tally.dataLost += 1;

      expect(isPrototypeClean(), 'Object.prototype untouched').toBe(true);
      expect(JSON.stringify(loaded)).not.toContain('polluted');
      expect(isKept, 'the stored value is kept byte for byte').toBe(true);
      expect(areNeighboursKept, 'other keys of the origin untouched').toBe(true);
      if (outcome.kind === 'read') {
        expect(problems).toEqual([]);
        expect(loaded).toEqual(outcome.state);
        return;
      }
      expect(loaded).toEqual(emptyPersistedState);
      if (outcome.kind === 'left-in-place') {
        expect(problems).toEqual([outcome.problem]);
        expect(quarantined).toEqual([]);
        return;
      }
      expect(problems).toEqual(['quarantined']);
      expect(quarantined.map((entry) => entry.key)).toEqual([
        `${QUARANTINE_PREFIX}${DATA_KEY}:${NOW.toISOString()}`,
      ]);
      // What the banner offers for download holds the original text exactly.
      const download: unknown = JSON.parse(JSON.stringify(quarantined));
      expect(download).toEqual([{ key: quarantined[0]?.key, value: text }]);
      expect(readStoredState()).toEqual({ ...emptyPersistedState, settings: { language: 'fr' } });
    },
  );
});

describe('data set aside', () => {
  it('is offered again after a reload, until the person decides', async () => {
    const raw = '{"state":{"assessments":[';
    await loadApp(raw);

    const reloaded = await openApp();

    const values = listQuarantined(reloaded.appStorage).map((entry) => entry.value);
    tally.dataLost += Number(!isDeepStrictEqual(values, [raw]));
    expect(values).toEqual([raw]);
    expect(reloaded.useStorageHealthStore.getState().problems).toEqual(['quarantined']);
  });

  it('keeps both of two damaged values set aside in the same millisecond', async () => {
    const { syncFromOtherTabs, appStorage } = await openApp('{"first":');
    const events = new EventTarget();
    syncFromOtherTabs(events);

    localStorage.setItem(DATA_KEY, '{"second":');
    events.dispatchEvent(new StorageEvent('storage', { key: DATA_KEY }));

    const values = listQuarantined(appStorage).map((entry) => entry.value);
    tally.dataLost += Number(!isDeepStrictEqual(values, ['{"first":', '{"second":']));
    expect(values).toEqual(['{"first":', '{"second":']);
  });
});

describe('a full storage during every kind of write', () => {
  it('covers every action of the store', async () => {
    const { useAppStore } = await loadApp();
    const actions = Object.entries(useAppStore.getState())
      .filter(([, value]) => typeof value === 'function')
      .map(([name]) => name);

    expect(new Set(writeCases.map((entry) => entry.action))).toEqual(new Set(actions));
  });

  it.each(writeCases.map((entry) => [entry.action, entry.name, entry] as const))(
    '%s (%s): keeps the saved data, says the storage is full and keeps the change in memory',
    async (action, _name, { run, shows, expected }) => {
      const { useAppStore, useStorageHealthStore } = await loadApp(storedState(richState()));
      const before = snapshotStorage();
      const quota = fillQuota();

      expect(() => run(useAppStore.getState())).not.toThrow();

      const after = snapshotStorage();
      const inMemory = pickPersisted(useAppStore.getState());
      const isStoredKept = isDeepStrictEqual(after, before);
      const isChangeKept = isDeepStrictEqual(shows(inMemory), expected);
      tally.writeKinds.add(action);
      tally.writesFaulted += 1;
      if (!isStoredKept || !isChangeKept) tally.dataLost += 1;

      expect(useStorageHealthStore.getState().problems).toEqual(['full']);
      expect(after).toEqual(before);
      expect(shows(inMemory)).toEqual(expected);
      // The person can still export everything, the change included.
      const backup = parseBackup(JSON.stringify(createBackup(inMemory, NOW)));
      expect(backup.ok && backup.value.data).toEqual(inMemory);

      // Once there is room again, the next save writes the change too.
      quota.mockRestore();
      useAppStore.setState({});
      expect(readStoredState()).toEqual(inMemory);
    },
  );

  it('keeps a version-1 document as it was when its migrated copy cannot be saved', async () => {
    const raw = envelope(
      { assessments: richState().assessments, draft: null, settings: { language: 'es' } },
      1,
    );
    localStorage.setItem(DATA_KEY, raw);
    fillQuota();

    const { useAppStore, useStorageHealthStore } = await loadApp();

    tally.writeKinds.add('migration write-back');
    tally.writesFaulted += 1;
    const isKept = localStorage.getItem(DATA_KEY) === raw;
    if (!isKept) tally.dataLost += 1;
    expect(useStorageHealthStore.getState().problems).toEqual(['full']);
    expect(isKept).toBe(true);
    expect(useAppStore.getState().assessments).toEqual(richState().assessments);
    expect(useAppStore.getState().reviews).toEqual([]);
  });

  it('leaves damaged data in place, and blocks saving over it, when its copy cannot be written', async () => {
    const raw = storedState(richState()).slice(0, 200);
    localStorage.setItem(DATA_KEY, raw);
    const quota = fillQuota();

    const { useAppStore, useStorageHealthStore } = await loadApp();
    quota.mockRestore();
    useAppStore.getState().setLanguage('fr');

    tally.writeKinds.add('moving damaged data aside');
    tally.writesFaulted += 1;
    const isKept = isDeepStrictEqual(snapshotStorage(), { [DATA_KEY]: raw });
    if (!isKept) tally.dataLost += 1;
    expect(useStorageHealthStore.getState().problems).toEqual(['full']);
    expect(isKept).toBe(true);
  });

  it('reads the saved data when the storage is already full at start-up', async () => {
    const raw = storedState(richState());
    localStorage.setItem(DATA_KEY, raw);
    fillQuota();

    const { useAppStore, useStorageHealthStore } = await loadApp();
    useAppStore.getState().answerItem('ep-3', 5, 'executive-presence');

    tally.writeKinds.add('start-up probe');
    tally.writesFaulted += 1;
    const loaded = pickPersisted(useAppStore.getState());
    const isKept = localStorage.getItem(DATA_KEY) === raw;
    if (!isKept || loaded.assessments.length !== 2) tally.dataLost += 1;
    expect(isKept).toBe(true);
    expect(loaded.assessments).toEqual(richState().assessments);
    expect(loaded.draft?.answers).toEqual({ 'ep-1': 4, 'ep-2': 3, 'ep-3': 5 });
    expect(useStorageHealthStore.getState().problems).toEqual(['full']);
  });
});

describe('two tabs editing different things at once', () => {
  /** One tab: its own copy of the app over the shared storage, hearing only what it is told. */
  async function openTab() {
    const { useAppStore, useStorageHealthStore, syncFromOtherTabs } = await loadApp();
    const events = new EventTarget();
    syncFromOtherTabs(events);
    const hear = () => events.dispatchEvent(new StorageEvent('storage', { key: DATA_KEY }));
    const saved = () => pickPersisted(useAppStore.getState());
    return { useAppStore, useStorageHealthStore, hear, saved };
  }

  type Tab = Awaited<ReturnType<typeof openTab>>;

  /** Both tabs and the storage hold `expected`; counts a loss when any of them does not. */
  function expectEverywhere(tabs: Tab[], expected: PersistedState) {
    const copies = [...tabs.map((tab) => tab.saved()), readStoredState()];
    tally.tabScenarios += 1;
    if (!copies.every((copy) => isDeepStrictEqual(copy, expected))) tally.dataLost += 1;
    for (const copy of copies) expect(copy).toEqual(expected);
  }

  const bothEdits: PersistedState = {
    ...richState(),
    settings: { language: 'fr' },
    draft: {
      ...richDraft,
      answers: { 'ep-1': 4, 'ep-2': 3, 'ep-3': 5 },
      currentItemId: 'ep-3',
      updatedAt: NOW.toISOString(),
    },
  };

  it('each hears the other before making a change', async () => {
    localStorage.setItem(DATA_KEY, storedState(richState()));
    const settingsTab = await openTab();
    const assessmentTab = await openTab();

    settingsTab.useAppStore.getState().setLanguage('fr');
    assessmentTab.hear();
    assessmentTab.useAppStore.getState().answerItem('ep-3', 5, 'executive-presence');
    settingsTab.hear();

    expectEverywhere([settingsTab, assessmentTab], bothEdits);
  });

  it('both change something before either hears of the other', async () => {
    localStorage.setItem(DATA_KEY, storedState(richState()));
    const settingsTab = await openTab();
    const assessmentTab = await openTab();

    settingsTab.useAppStore.getState().setLanguage('fr');
    assessmentTab.useAppStore.getState().answerItem('ep-3', 5, 'executive-presence');
    settingsTab.hear();
    assessmentTab.hear();

    expectEverywhere([settingsTab, assessmentTab], bothEdits);
  });
  it('one plans while the other rates and finishes an assessment, hearing nothing until the end', async () => {
    localStorage.setItem(DATA_KEY, storedState(richState()));
    const planTab = await openTab();
    const raterTab = await openTab();
    const plan = planTab.useAppStore.getState();
    const rater = raterTab.useAppStore.getState();

    plan.updateAction('g1', 'g1-1', { status: 'in-progress' });
    rater.answerAsRater(RATER_KEY, 'st-1', 2);
    plan.setImportance('business-acumen', 5);
    rater.updateRaterText(RATER_KEY, { develop: 'Delegate more' });
    rater.submitDraft('a3');
    plan.moveGoal('g1', 1);
    raterTab.hear();
    planTab.hear();

    const expected = structuredClone(richState());
    const [goal, other] = expected.plan.goals;
    const draft = expected.raterDrafts[RATER_KEY];
    if (!goal || !other || !draft) throw new Error('the fixture lost its goals or rater draft');
    goal.actions = goal.actions.map((action) =>
      action.id === 'g1-1' ? { ...action, status: 'in-progress' } : action,
    );
    expected.plan.goals = [other, goal];
    expected.plan.importance['business-acumen'] = 5;
    Object.assign(draft, { develop: 'Delegate more', updatedAt: NOW.toISOString() });
    draft.answers = { ...draft.answers, 'st-1': 2 };
    expected.assessments.push({
      id: 'a3',
      completedAt: NOW.toISOString(),
      instrumentVersion: richDraft.instrumentVersion,
      answers: richDraft.answers,
    });
    expected.draft = null;
    expectEverywhere([planTab, raterTab], expected);
  });

  it('a tab that never hears of the other tab still saves over none of its changes', async () => {
    localStorage.setItem(DATA_KEY, storedState(richState()));
    const settingsTab = await openTab();
    const assessmentTab = await openTab();

    settingsTab.useAppStore.getState().setLanguage('fr');
    assessmentTab.useAppStore.getState().answerItem('ep-3', 5, 'executive-presence');
    assessmentTab.useAppStore.getState().goToStep('executive-presence');
    settingsTab.hear();

    const stored = readStoredState();
    tally.tabScenarios += 1;
    if (!isDeepStrictEqual(stored, bothEdits)) tally.dataLost += 1;
    expect(stored).toEqual(bothEdits);
    expect(settingsTab.saved()).toEqual(bothEdits);
  });

  it('keeps in memory what a tab could not save when the other tab saves, and saves it later', async () => {
    const start = storedState(richState());
    localStorage.setItem(DATA_KEY, start);
    // Another app of the origin leaves too little room to add a goal, but enough to delete.
    const neighbour = 'other-app:cache';
    const room = 10;
    localStorage.setItem(
      neighbour,
      'c'.repeat(QUOTA_CHARS - start.length - DATA_KEY.length - neighbour.length - room),
    );
    const planTab = await openTab();
    const historyTab = await openTab();
    const longerGoal =
      'Present the learning strategy to the executive team, then to the board and every unit head';

    planTab.useAppStore.getState().updateGoal('g2', { what: longerGoal });
    historyTab.useAppStore.getState().deleteAssessment('a1');
    planTab.hear();
    historyTab.hear();

    expect(planTab.useStorageHealthStore.getState().problems).toEqual(['full']);
    expect(historyTab.useStorageHealthStore.getState().problems).toEqual([]);
    localStorage.removeItem(neighbour);
    planTab.useAppStore.setState({});
    historyTab.hear();

    const expected = structuredClone(richState());
    expected.assessments = expected.assessments.filter((assessment) => assessment.id !== 'a1');
    const goal = expected.plan.goals[1];
    if (!goal) throw new Error('the fixture lost its second goal');
    goal.what = longerGoal;
    expectEverywhere([planTab, historyTab], expected);
  });

  it('sets aside damaged data another tab stored, and saves its own data again at once', async () => {
    localStorage.setItem(DATA_KEY, storedState(richState()));
    const tab = await openTab();
    tab.useAppStore.getState().setLanguage('fr');

    localStorage.setItem(DATA_KEY, '{"state":{"assessm');
    tab.hear();

    const expected = { ...richState(), settings: { language: 'fr' } } satisfies PersistedState;
    const quarantined = Object.entries(snapshotStorage()).filter(([key]) =>
      key.startsWith(QUARANTINE_PREFIX),
    );
    expect(quarantined.map(([, value]) => value)).toEqual(['{"state":{"assessm']);
    expect(tab.useStorageHealthStore.getState().problems).toEqual(['quarantined']);
    expectEverywhere([tab], expected);
  });

  it('stops saving when a tab of a newer version has saved, heard or not', async () => {
    localStorage.setItem(DATA_KEY, storedState(richState()));
    const heard = await openTab();
    const unheard = await openTab();
    const newer = envelope({ ...richState(), settings: { language: 'es' } }, PERSISTED_VERSION + 1);

    localStorage.setItem(DATA_KEY, newer);
    heard.hear();
    heard.useAppStore.getState().setLanguage('fr');
    unheard.useAppStore.getState().deleteAssessment('a1');

    tally.tabScenarios += 1;
    const isKept = localStorage.getItem(DATA_KEY) === newer;
    if (!isKept) tally.dataLost += 1;
    expect(isKept).toBe(true);
    expect(heard.useStorageHealthStore.getState().problems).toEqual(['newer-version']);
    expect(unheard.useStorageHealthStore.getState().problems).toEqual(['newer-version']);
    // Each tab keeps what the person did, for a backup.
    expect(heard.saved().settings.language).toBe('fr');
    expect(unheard.saved().assessments.map((assessment) => assessment.id)).toEqual(['a2']);
  });
});
