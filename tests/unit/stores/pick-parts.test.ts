import { describe, expect, it } from 'vitest';
import {
  persistedKeys,
  persistedStateSchema,
  pickParts,
} from '../../../src/stores/persisted-state';
import { richState } from './storage-fault-fixtures';

describe('pickParts', () => {
  it('knows every part the schema names', () => {
    expect([...persistedKeys].sort()).toEqual(Object.keys(persistedStateSchema.shape).sort());
  });

  it('takes the named parts as they are, and nothing else', () => {
    const state = richState();

    const parts = pickParts(state, ['plan', 'settings', 'not-a-part']);

    expect(parts).toStrictEqual({ settings: state.settings, plan: state.plan });
    expect(parts.plan).toBe(state.plan);
  });
});
