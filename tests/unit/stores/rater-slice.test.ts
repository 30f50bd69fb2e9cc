import { describe, expect, it, vi } from 'vitest';
import { raterDraftKey, type RaterDraft } from '../../../src/domain/review/rater-draft';
import { freshStorageAt, loadApp, readStoredState } from '../support/app-store';
import { RATER_ID, invitation } from '../support/reviews';

const NOW = new Date('2025-03-04T05:06:07.089Z');
const LATER = new Date('2025-03-04T05:20:00.000Z');

const peerInvitation = invitation();

freshStorageAt(NOW);

/** A fresh app with the peer invitation opened; the clock then moves on. */
async function openPeerDraft() {
  const { useAppStore } = await loadApp();
  const key = useAppStore.getState().openInvitation(peerInvitation);
  vi.setSystemTime(LATER);
  const draftOf = (): RaterDraft | undefined => useAppStore.getState().raterDrafts[key];
  return { useAppStore, key, draftOf };
}

describe('openInvitation', () => {
  it('creates an empty draft under the invitation key and saves it', async () => {
    const { useAppStore } = await loadApp();

    const key = useAppStore.getState().openInvitation(peerInvitation);

    const expected: RaterDraft = {
      invitation: peerInvitation,
      answers: {},
      strength: '',
      develop: '',
      raterName: '',
      includeName: false,
      updatedAt: NOW.toISOString(),
      sentCode: null,
    };
    expect(key).toBe(raterDraftKey(peerInvitation));
    expect(useAppStore.getState().raterDrafts).toEqual({ [key]: expected });
    expect(readStoredState().raterDrafts).toEqual({ [key]: expected });
  });

  it('returns the same key and keeps the draft when the invitation is opened again', async () => {
    const { useAppStore, key, draftOf } = await openPeerDraft();
    useAppStore.getState().answerAsRater(key, 'ep-1', 4);
    const before = draftOf();

    const again = useAppStore.getState().openInvitation({ ...peerInvitation });

    expect(again).toBe(key);
    expect(draftOf()).toBe(before);
    expect(Object.keys(useAppStore.getState().raterDrafts)).toEqual([key]);
  });

  it('keeps one draft for each invitation', async () => {
    const { useAppStore } = await loadApp();
    const personal = invitation({ raterId: RATER_ID });
    const manager = invitation({ category: 'manager' });

    const keys = [peerInvitation, personal, manager].map((entry) =>
      useAppStore.getState().openInvitation(entry),
    );

    expect(new Set(keys).size).toBe(3);
    expect(Object.keys(useAppStore.getState().raterDrafts).sort()).toEqual([...keys].sort());
  });

  it('finds the saved draft again after the app loads again', async () => {
    const { key } = await openPeerDraft();

    const { useAppStore } = await loadApp();

    expect(useAppStore.getState().openInvitation(peerInvitation)).toBe(key);
    expect(useAppStore.getState().raterDrafts[key]?.updatedAt).toBe(NOW.toISOString());
  });
});

describe('answerAsRater', () => {
  it('records each answer, including not observed, and saves it', async () => {
    const { useAppStore, key, draftOf } = await openPeerDraft();

    useAppStore.getState().answerAsRater(key, 'ep-1', 4);
    useAppStore.getState().answerAsRater(key, 'st-2', 0);

    expect(draftOf()).toMatchObject({
      answers: { 'ep-1': 4, 'st-2': 0 },
      updatedAt: LATER.toISOString(),
    });
    expect(readStoredState().raterDrafts[key]?.answers).toEqual({ 'ep-1': 4, 'st-2': 0 });
  });

  it('replaces an earlier answer to the same item', async () => {
    const { useAppStore, key, draftOf } = await openPeerDraft();

    useAppStore.getState().answerAsRater(key, 'ep-1', 4);
    useAppStore.getState().answerAsRater(key, 'ep-1', 2);

    expect(draftOf()?.answers).toEqual({ 'ep-1': 2 });
  });
});

describe('updateRaterText', () => {
  it('changes only the fields given and saves them', async () => {
    const { useAppStore, key, draftOf } = await openPeerDraft();
    useAppStore.getState().updateRaterText(key, { strength: 'Calm in a crisis' });

    useAppStore.getState().updateRaterText(key, { raterName: 'Sam', includeName: true });

    expect(draftOf()).toMatchObject({
      strength: 'Calm in a crisis',
      develop: '',
      raterName: 'Sam',
      includeName: true,
      updatedAt: LATER.toISOString(),
    });
    expect(readStoredState().raterDrafts[key]).toEqual(draftOf());
  });
});

describe('markResponseSent', () => {
  it('keeps the sent code with the answers and saves it', async () => {
    const { useAppStore, key, draftOf } = await openPeerDraft();
    useAppStore.getState().answerAsRater(key, 'ep-1', 5);

    useAppStore.getState().markResponseSent(key, 'sealed-code');

    expect(draftOf()).toMatchObject({
      answers: { 'ep-1': 5 },
      sentCode: 'sealed-code',
      updatedAt: LATER.toISOString(),
    });
    expect(readStoredState().raterDrafts[key]?.sentCode).toBe('sealed-code');
  });
});

describe('a key without a draft', () => {
  it('is ignored by every draft action, which create nothing', async () => {
    const { useAppStore } = await loadApp();
    const unknownKey = raterDraftKey(peerInvitation);

    useAppStore.getState().answerAsRater(unknownKey, 'ep-1', 4);
    useAppStore.getState().updateRaterText(unknownKey, { strength: 'x' });
    useAppStore.getState().markResponseSent(unknownKey, 'code');

    expect(useAppStore.getState().raterDrafts).toEqual({});
    const reloaded = await loadApp();
    expect(reloaded.useAppStore.getState().raterDrafts).toEqual({});
  });
});
