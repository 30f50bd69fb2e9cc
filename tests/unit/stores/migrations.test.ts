import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MIGRATION_FAILED, migrateState, migrations } from '../../../src/stores/migrations';
import {
  PERSISTED_VERSION,
  emptyPersistedState,
  persistedStateSchema,
} from '../../../src/stores/persisted-state';
import { ownedReview } from '../support/reviews';

const assessment = {
  id: 'a1',
  completedAt: '2025-01-02T03:04:05.000Z',
  instrumentVersion: '2026.1',
  answers: { 'ep-1': 4 },
};

const draft = {
  startedAt: '2025-02-01T10:00:00.000Z',
  updatedAt: '2025-02-01T10:05:00.000Z',
  instrumentVersion: '2026.1',
  answers: { 'st-1': 3 },
  currentSkill: 'strategic-thinking',
  currentItemId: 'st-1',
};

/** A state as version 1 stored it: before 360 reviews. */
const versionOneState = {
  assessments: [assessment],
  draft,
  settings: { language: 'es' },
};

describe('migrateState', () => {
  it('has a migration for every version below the current one', () => {
    for (let version = 0; version < PERSISTED_VERSION; version += 1) {
      expect(migrations[version]).toBeTypeOf('function');
    }
  });

  it('fills every missing slice of a version-0 state with its default', () => {
    const migrated = migrateState({}, 0);

    expect(migrated).toEqual(emptyPersistedState);
    expect(persistedStateSchema.safeParse(migrated).success).toBe(true);
  });

  it('keeps the slices a version-0 state already has', () => {
    const migrated = migrateState({ assessments: [assessment], settings: { language: 'fr' } }, 0);

    expect(migrated).toEqual({
      ...emptyPersistedState,
      assessments: [assessment],
      settings: { language: 'fr' },
    });
  });

  it('adds empty reviews and rater drafts to a version-1 state and keeps everything else', () => {
    const migrated = migrateState(versionOneState, 1);

    expect(migrated).toMatchObject({ ...versionOneState, reviews: [], raterDrafts: {} });
    expect(migrated).toEqual({ ...emptyPersistedState, ...versionOneState });
    expect(persistedStateSchema.safeParse(migrated).success).toBe(true);
  });

  it('does not change the version-1 state it was given', () => {
    const before = structuredClone(versionOneState);

    migrateState(versionOneState, 1);

    expect(versionOneState).toEqual(before);
  });

  it('passes a version-1 state that is not an object through for validation to refuse', () => {
    expect(migrateState('nope', 1)).toBe('nope');
    expect(migrateState(null, 1)).toBeNull();
    expect(migrateState([1, 2], 1)).toEqual([1, 2]);
  });

  it('passes a version-0 state that is not an object through for validation to refuse', () => {
    expect(migrateState('nope', 0)).toBe('nope');
    expect(migrateState([1, 2], 0)).toEqual([1, 2]);
  });

  it('leaves a state at the current version as it is', () => {
    const state = { ...emptyPersistedState, assessments: [assessment], reviews: [ownedReview()] };

    expect(migrateState(state, PERSISTED_VERSION)).toBe(state);
  });

  it.each([-1, -10, 0.5])('marks a state of unknown version %d as not migratable', (version) => {
    expect(migrateState({ assessments: [] }, version)).toBe(MIGRATION_FAILED);
  });

  it('never throws, whatever the state and version', () => {
    fc.assert(
      fc.property(
        fc.anything(),
        fc.integer({ min: -5, max: PERSISTED_VERSION + 2 }),
        (state, version) => {
          expect(() => migrateState(state, version)).not.toThrow();
        },
      ),
    );
  });
});
