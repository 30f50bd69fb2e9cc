import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MIGRATION_FAILED, migrateState, migrations } from '../../../src/stores/migrations';
import { PERSISTED_VERSION, persistedStateSchema } from '../../../src/stores/persisted-state';

const assessment = {
  id: 'a1',
  completedAt: '2025-01-02T03:04:05.000Z',
  instrumentVersion: '2026.1',
  answers: { 'ep-1': 4 },
};

describe('migrateState', () => {
  it('has a migration for every version below the current one', () => {
    for (let version = 0; version < PERSISTED_VERSION; version += 1) {
      expect(migrations[version]).toBeTypeOf('function');
    }
  });

  it('fills every missing slice of a version-0 state with its default', () => {
    const migrated = migrateState({}, 0);

    expect(migrated).toEqual({ assessments: [], draft: null, settings: { language: null } });
    expect(persistedStateSchema.safeParse(migrated).success).toBe(true);
  });

  it('keeps the slices a version-0 state already has', () => {
    const migrated = migrateState({ assessments: [assessment], settings: { language: 'fr' } }, 0);

    expect(migrated).toEqual({
      assessments: [assessment],
      draft: null,
      settings: { language: 'fr' },
    });
  });

  it('passes a version-0 state that is not an object through for validation to refuse', () => {
    expect(migrateState('nope', 0)).toBe('nope');
    expect(migrateState([1, 2], 0)).toEqual([1, 2]);
  });

  it('leaves a state at the current version as it is', () => {
    const state = { assessments: [assessment], draft: null, settings: { language: null } };

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
