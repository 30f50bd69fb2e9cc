import { describe, expect, it } from 'vitest';
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
import { ownedReview, raterDraft } from '../support/reviews';
import { NOW, RATER_KEY, assessment, savedAs } from './app-store-fixtures';

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
