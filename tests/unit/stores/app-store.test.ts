import { describe, expect, it, vi } from 'vitest';
import type { CompletedAssessment } from '../../../src/domain/assessment/assessment';
import { raterDraftKey } from '../../../src/domain/review/rater-draft';
import type { BackupData } from '../../../src/storage/backup';
import { DATA_KEY, QUARANTINE_PREFIX } from '../../../src/storage/storage-contract';
import {
  PERSISTED_VERSION,
  emptyPersistedState,
  type PersistedState,
} from '../../../src/stores/persisted-state';
import {
  envelope,
  freshStorageAt,
  loadApp,
  quarantinedKeys,
  readStored,
  storedState,
} from '../support/app-store';
import { invitation, ownedReview, raterDraft } from '../support/reviews';

const NOW = new Date('2025-03-04T05:06:07.089Z');
const RATER_KEY = raterDraftKey(invitation());

const assessment: CompletedAssessment = {
  id: 'a1',
  completedAt: '2025-01-02T03:04:05.000Z',
  instrumentVersion: '2026.1',
  answers: { 'ep-1': 4, 'st-2': 2 },
};

/** What the app writes for `state` at the current version. */
function savedAs(state: Partial<PersistedState>) {
  return { state: { ...emptyPersistedState, ...state }, version: PERSISTED_VERSION };
}

freshStorageAt(NOW);

describe('loading saved data', () => {
  it('starts empty when nothing is stored', async () => {
    const { useAppStore, useStorageHealthStore } = await loadApp();

    expect(useAppStore.getState()).toMatchObject(emptyPersistedState);
    expect(useStorageHealthStore.getState().problems).toEqual([]);
  });

  it('loads a valid stored state', async () => {
    const state: PersistedState = {
      ...emptyPersistedState,
      assessments: [assessment],
      settings: { language: 'es' },
      reviews: [ownedReview()],
      raterDrafts: { [RATER_KEY]: raterDraft() },
    };
    const { useAppStore, useStorageHealthStore } = await loadApp(storedState(state));

    expect(useAppStore.getState()).toMatchObject(state);
    expect(useStorageHealthStore.getState().problems).toEqual([]);
    expect(quarantinedKeys()).toEqual([]);
  });

  it('loads a version-1 state without reviews and saves it at the current version', async () => {
    const { useAppStore, useStorageHealthStore } = await loadApp(
      envelope({ assessments: [assessment], draft: null, settings: { language: 'es' } }, 1),
    );

    expect(useAppStore.getState()).toMatchObject({
      assessments: [assessment],
      draft: null,
      settings: { language: 'es' },
      reviews: [],
      raterDrafts: {},
    });
    expect(readStored()).toEqual(
      savedAs({ assessments: [assessment], settings: { language: 'es' } }),
    );
    expect(useStorageHealthStore.getState().problems).toEqual([]);
    expect(quarantinedKeys()).toEqual([]);
  });

  it.each([
    ['a state that fails validation', envelope({ ...emptyPersistedState, assessments: 'nope' })],
    [
      'a review that fails validation',
      envelope({ ...emptyPersistedState, reviews: [{ id: 'x' }] }),
    ],
    // Draft keys are checked as a backup checks them: only what raterDraftKey writes.
    [
      'a rater draft under a key the app never writes',
      envelope({ ...emptyPersistedState, raterDrafts: { 'some-key': raterDraft() } }),
    ],
    [
      'a rater draft under a key every object already has',
      envelope({ ...emptyPersistedState, raterDrafts: { constructor: raterDraft() } }),
    ],
    ['invalid JSON', '{"state":{"assessments":['],
    ['an envelope without version', '{"state":{"assessments":[]}}'],
  ])('moves %s aside, starts empty and keeps the copy after new writes', async (_case, raw) => {
    const { useAppStore, useStorageHealthStore } = await loadApp(raw);

    const keys = quarantinedKeys();
    expect(keys).toEqual([`${QUARANTINE_PREFIX}${DATA_KEY}:${NOW.toISOString()}`]);
    expect(keys.map((key) => localStorage.getItem(key))).toEqual([raw]);
    expect(useAppStore.getState()).toMatchObject({ assessments: [], draft: null });
    expect(useStorageHealthStore.getState().problems).toEqual(['quarantined']);

    useAppStore.getState().setLanguage('fr');

    expect(readStored()).toEqual(savedAs({ settings: { language: 'fr' } }));
    expect(quarantinedKeys()).toEqual(keys);
    expect(keys.map((key) => localStorage.getItem(key))).toEqual([raw]);
  });

  it('migrates a version-0 state without draft or settings and saves it at the current version', async () => {
    const { useAppStore, useStorageHealthStore } = await loadApp(
      envelope({ assessments: [assessment] }, 0),
    );

    expect(useAppStore.getState()).toMatchObject({
      ...emptyPersistedState,
      assessments: [assessment],
    });
    expect(readStored()).toEqual(savedAs({ assessments: [assessment] }));
    expect(useStorageHealthStore.getState().problems).toEqual([]);
  });

  it('quarantines a version-0 state that still fails validation after migration', async () => {
    const raw = envelope({ assessments: [{ id: '' }] }, 0);
    const { useAppStore, useStorageHealthStore } = await loadApp(raw);

    expect(quarantinedKeys().map((key) => localStorage.getItem(key))).toEqual([raw]);
    expect(useAppStore.getState().assessments).toEqual([]);
    expect(useStorageHealthStore.getState().problems).toEqual(['quarantined']);
  });

  it('refuses a state from a newer version and never overwrites it', async () => {
    const raw = envelope(
      { ...emptyPersistedState, assessments: [assessment], settings: { language: 'es' }, extra: 1 },
      PERSISTED_VERSION + 1,
    );
    const { useAppStore, useStorageHealthStore } = await loadApp(raw);

    expect(useAppStore.getState()).toMatchObject(emptyPersistedState);
    expect(useStorageHealthStore.getState().problems).toEqual(['newer-version']);

    useAppStore.getState().setLanguage('fr');
    useAppStore.getState().startDraft('2026.1');

    expect(localStorage.getItem(DATA_KEY)).toBe(raw);
    expect(quarantinedKeys()).toEqual([]);
  });
});

describe('draft actions', () => {
  it('starts a draft at the first skill', async () => {
    const { useAppStore } = await loadApp();

    useAppStore.getState().startDraft('2026.1');

    expect(useAppStore.getState().draft).toEqual({
      startedAt: NOW.toISOString(),
      updatedAt: NOW.toISOString(),
      instrumentVersion: '2026.1',
      answers: {},
      currentSkill: 'executive-presence',
      currentItemId: null,
    });
  });

  it('records each answer with its position and saves it', async () => {
    const { useAppStore } = await loadApp();
    useAppStore.getState().startDraft('2026.1');
    const later = new Date('2025-03-04T05:10:00.000Z');
    vi.setSystemTime(later);

    useAppStore.getState().answerItem('ep-1', 4, 'executive-presence');
    useAppStore.getState().answerItem('st-2', 2, 'strategic-thinking');

    expect(useAppStore.getState().draft).toMatchObject({
      startedAt: NOW.toISOString(),
      updatedAt: later.toISOString(),
      answers: { 'ep-1': 4, 'st-2': 2 },
      currentSkill: 'strategic-thinking',
      currentItemId: 'st-2',
    });
    expect(readStored()).toMatchObject({
      state: { draft: { answers: { 'ep-1': 4, 'st-2': 2 } } },
      version: PERSISTED_VERSION,
    });
  });

  it('replaces an earlier answer to the same item', async () => {
    const { useAppStore } = await loadApp();
    useAppStore.getState().startDraft('2026.1');

    useAppStore.getState().answerItem('ep-1', 4, 'executive-presence');
    useAppStore.getState().answerItem('ep-1', 1, 'executive-presence');

    expect(useAppStore.getState().draft?.answers).toEqual({ 'ep-1': 1 });
  });

  it('ignores an answer when no draft is open', async () => {
    const { useAppStore } = await loadApp();

    useAppStore.getState().answerItem('ep-1', 4, 'executive-presence');

    expect(useAppStore.getState().draft).toBeNull();
  });

  it('moves to another step and forgets the current item', async () => {
    const { useAppStore } = await loadApp();
    useAppStore.getState().startDraft('2026.1');
    useAppStore.getState().answerItem('ep-3', 5, 'executive-presence');

    useAppStore.getState().goToStep('review');

    expect(useAppStore.getState().draft).toMatchObject({
      currentSkill: 'review',
      currentItemId: null,
      answers: { 'ep-3': 5 },
    });
  });

  it('keeps the current item when going to the step it is already on', async () => {
    const { useAppStore } = await loadApp();
    useAppStore.getState().startDraft('2026.1');
    useAppStore.getState().answerItem('ep-3', 5, 'executive-presence');

    useAppStore.getState().goToStep('executive-presence');

    expect(useAppStore.getState().draft?.currentItemId).toBe('ep-3');
  });

  it('discards the draft', async () => {
    const { useAppStore } = await loadApp();
    useAppStore.getState().startDraft('2026.1');

    useAppStore.getState().discardDraft();

    expect(useAppStore.getState().draft).toBeNull();
    expect(readStored()).toMatchObject({ state: { draft: null } });
  });
});

describe('assessment actions', () => {
  it('submits the draft as a completed assessment and clears the draft', async () => {
    const { useAppStore } = await loadApp();
    useAppStore.getState().startDraft('2026.1');
    useAppStore.getState().answerItem('ep-1', 4, 'executive-presence');
    const completedAt = new Date('2025-03-04T06:00:00.000Z');
    vi.setSystemTime(completedAt);

    const id = useAppStore.getState().submitDraft('new-id');

    const expected: CompletedAssessment = {
      id: 'new-id',
      completedAt: completedAt.toISOString(),
      instrumentVersion: '2026.1',
      answers: { 'ep-1': 4 },
    };
    expect(id).toBe('new-id');
    expect(useAppStore.getState().assessments).toEqual([expected]);
    expect(useAppStore.getState().draft).toBeNull();
    expect(readStored()).toEqual(savedAs({ assessments: [expected] }));
  });

  it('submits nothing without a draft', async () => {
    const { useAppStore } = await loadApp();

    expect(useAppStore.getState().submitDraft('new-id')).toBeNull();
    expect(useAppStore.getState().assessments).toEqual([]);
  });

  it('deletes only the assessment with the given id', async () => {
    const other: CompletedAssessment = { ...assessment, id: 'a2' };
    const { useAppStore } = await loadApp(
      storedState({ ...emptyPersistedState, assessments: [assessment, other] }),
    );

    useAppStore.getState().deleteAssessment('a1');

    expect(useAppStore.getState().assessments).toEqual([other]);
    expect(readStored()).toMatchObject({ state: { assessments: [other] } });
  });

  it('replaces every saved slice at once', async () => {
    const { useAppStore } = await loadApp();
    useAppStore.getState().startDraft('2026.1');
    const data: BackupData = {
      ...emptyPersistedState,
      assessments: [assessment],
      settings: { language: 'fr' },
      reviews: [ownedReview()],
      raterDrafts: { [RATER_KEY]: raterDraft() },
    };

    useAppStore.getState().replaceData(data);

    expect(useAppStore.getState()).toMatchObject(data);
    expect(readStored()).toEqual({ state: data, version: PERSISTED_VERSION });
  });
});

describe('syncFromOtherTabs', () => {
  it('loads what another tab saved and stops listening when disposed', async () => {
    const { useAppStore, syncFromOtherTabs } = await loadApp();
    const stop = syncFromOtherTabs(window);
    const fromOtherTab = (language: 'es' | 'fr') =>
      storedState({ ...emptyPersistedState, assessments: [assessment], settings: { language } });

    localStorage.setItem(DATA_KEY, fromOtherTab('es'));
    window.dispatchEvent(new StorageEvent('storage', { key: DATA_KEY }));

    expect(useAppStore.getState()).toMatchObject({
      assessments: [assessment],
      settings: { language: 'es' },
    });

    stop();
    localStorage.setItem(DATA_KEY, fromOtherTab('fr'));
    window.dispatchEvent(new StorageEvent('storage', { key: DATA_KEY }));

    expect(useAppStore.getState().settings.language).toBe('es');
  });
});
