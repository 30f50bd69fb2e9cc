import { afterEach, describe, expect, it } from 'vitest';
import { DATA_KEY } from '../../../src/storage/storage-contract';
import { persistedStateSchema } from '../../../src/stores/persisted-state';
import { buildHeavyState, storedEntries } from '../../support/heavy-state';
import { loadApp } from '../support/app-store';
import { buildTeamState, teamScale } from '../../support/team-state';

/** Far below the ≈5 M characters browsers allow a site, leaving room for quarantined copies. */
const BUDGET_CHARS = 1_000_000;

afterEach(() => {
  localStorage.clear();
});

describe('storage footprint of a ten-year history', () => {
  const state = buildHeavyState();
  const entries = storedEntries(state);

  it('builds a heavy history the persisted schema accepts', () => {
    expect(persistedStateSchema.safeParse(state).success).toBe(true);
    expect(state.assessments).toHaveLength(40);
    expect(state.reviews).toHaveLength(20);
    expect(state.reviews.every((review) => review.responses.length === 15)).toBe(true);
    expect(state.plan.goals).toHaveLength(30);
  });

  it('stores it in under a million characters', () => {
    const chars = Object.entries(entries).reduce((sum, [k, v]) => sum + k.length + v.length, 0);
    console.info(`${DATA_KEY} for a ten-year history: ${chars.toLocaleString('en')} characters`);
    expect(chars).toBeLessThan(BUDGET_CHARS);
  });

  it('measures exactly what the app writes for that state', async () => {
    const { useAppStore } = await loadApp();
    useAppStore.getState().replaceData(state);

    expect(localStorage.getItem(DATA_KEY)).toBe(entries[DATA_KEY]);
  });
});

describe('storage footprint of a manager’s team', () => {
  const state = buildTeamState();

  it('holds 12 people × 12 raters over 3 waves', () => {
    expect(state.reviews).toHaveLength(teamScale.people);
    expect(state.reviews.every((review) => review.responses.length === 36)).toBe(true);
    expect(state.teams?.[0]?.reviewIds).toHaveLength(teamScale.people);
  });

  it('stores it, with the ten-year history beside it, in under a million characters', () => {
    const heavy = buildHeavyState();
    const both = { ...heavy, reviews: [...heavy.reviews, ...state.reviews], teams: state.teams };
    const chars = Object.entries(storedEntries(both)).reduce(
      (sum, [k, v]) => sum + k.length + v.length,
      0,
    );
    console.info(`${DATA_KEY} for a history and a team: ${chars.toLocaleString('en')} characters`);
    expect(persistedStateSchema.safeParse(both).success).toBe(true);
    expect(chars).toBeLessThan(BUDGET_CHARS);
  });
});
