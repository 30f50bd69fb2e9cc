import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { DATA_KEY, QUARANTINE_PREFIX } from '../../../src/storage/storage-contract';
import {
  PERSISTED_VERSION,
  pickPersisted,
  type PersistedState,
} from '../../../src/stores/persisted-state';
import { envelope, loadApp, readStoredState, storedState } from '../support/app-store';
import {
  NOW,
  QUOTA_CHARS,
  RATER_KEY,
  richDraft,
  richState,
  snapshotStorage,
  type FaultTally,
} from './storage-fault-fixtures';

/** Two tabs over one storage: neither saves over what the other changed. */
export function describeTwoTabs(tally: FaultTally): void {
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
      const newer = envelope(
        { ...richState(), settings: { language: 'es' } },
        PERSISTED_VERSION + 1,
      );

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
}
