import { describe, expect, it, vi } from 'vitest';
import type { CompletedAssessment } from '../../../src/domain/assessment/assessment';
import type { BackupData } from '../../../src/storage/backup';
import { DATA_KEY } from '../../../src/storage/storage-contract';
import { PERSISTED_VERSION, emptyPersistedState } from '../../../src/stores/persisted-state';
import { freshStorageAt, loadApp, readStored, storedState } from '../support/app-store';
import { ownedReview, raterDraft } from '../support/reviews';
import { NOW, RATER_KEY, assessment, savedAs } from './app-store-fixtures';

freshStorageAt(NOW);

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
