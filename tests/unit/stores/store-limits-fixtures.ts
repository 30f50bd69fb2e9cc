import { expect } from 'vitest';
import { persistedStateSchema, pickPersisted } from '../../../src/stores/persisted-state';
import type { NewGoal } from '../../../src/stores/plan-slice';
import { loadApp, quarantinedKeys, readStoredState } from '../support/app-store';

/*
 * Every list a person can grow and every text they can type has a limit in the stored schema.
 * Each test walks the store up to a limit, tries one more, and checks that what was saved still
 * loads: one past a limit would fail validation at the next start and set the document aside.
 */

export const NOW = new Date('2026-03-04T05:06:07.089Z');

export const newGoal: NewGoal = {
  skill: 'business-acumen',
  what: 'Cost every program',
  measure: 'Full cost known for all programs',
  targetDate: '2026-09-30',
};

export type App = Awaited<ReturnType<typeof loadApp>>;

/** The state in memory and the state saved both pass the schema, and a fresh start keeps it. */
export async function expectStillLoads({ useAppStore }: App) {
  const inMemory = pickPersisted(useAppStore.getState());
  expect(persistedStateSchema.safeParse(inMemory).success).toBe(true);
  expect(readStoredState()).toEqual(inMemory);
  const reloaded = await loadApp();
  expect(quarantinedKeys()).toEqual([]);
  expect(reloaded.useStorageHealthStore.getState().problems).toEqual([]);
  expect(pickPersisted(reloaded.useAppStore.getState())).toEqual(inMemory);
}

/** A goal with `count` actions of the person's own, through the store as the page adds them. */
export async function appWithGoal(count = 0): Promise<App> {
  const app = await loadApp();
  const { addGoal, addAction } = app.useAppStore.getState();
  expect(addGoal(newGoal, [], 'g1')).toBe('saved');
  for (let index = 1; index <= count; index += 1) {
    expect(
      addAction(
        'g1',
        { title: `Step ${String(index)}`, catalogId: null, dueDate: null },
        `a${String(index)}`,
      ),
    ).toBe('saved');
  }
  return app;
}

export function goalOf(app: App) {
  const goal = app.useAppStore.getState().plan.goals[0];
  if (!goal) throw new Error('no goal');
  return goal;
}

export function rows<T>(count: number, row: () => T): T[] {
  return Array.from({ length: count }, row);
}
