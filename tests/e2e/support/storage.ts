import type { Page } from '@playwright/test';
import type {
  CompletedAssessment,
  DraftAssessment,
} from '../../../src/domain/assessment/assessment';
import {
  PERSISTED_VERSION,
  emptyPersistedState,
  type PersistedState,
} from '../../../src/stores/persisted-state';
import { INSTRUMENT_VERSION, skills, toAnswers, type Pattern } from './instrument';

/** The one localStorage key the app keeps its data under, and the prefix of set-aside data. */
export const DATA_KEY = 'ascent:data';
export const QUARANTINE_PREFIX = 'ascent:quarantine:';
export { PERSISTED_VERSION };

export function completedAssessment(
  id: string,
  completedAt: string,
  pattern: Pattern,
): CompletedAssessment {
  return { id, completedAt, instrumentVersion: INSTRUMENT_VERSION, answers: toAnswers(pattern) };
}

export function draftAssessment(
  pattern: Pattern,
  currentSkill: DraftAssessment['currentSkill'] = skills[0],
  currentItemId: string | null = null,
): DraftAssessment {
  const now = new Date().toISOString();
  return {
    startedAt: now,
    updatedAt: now,
    instrumentVersion: INSTRUMENT_VERSION,
    answers: toAnswers(pattern),
    currentSkill,
    currentItemId,
  };
}

/** The stored text for a state, wrapped the way the app's persist layer wraps it. */
export function persistedText(state: Partial<PersistedState>, version = PERSISTED_VERSION): string {
  const full: PersistedState = { ...emptyPersistedState, ...state };
  return JSON.stringify({ state: full, version });
}

/**
 * Writes `raw` under `ascent:data` before the app ever loads: the page first opens a static
 * file of the same origin (no app code runs there), so the next visit reads the seeded data.
 */
export async function seedRaw(page: Page, raw: string): Promise<void> {
  await page.goto('/robots.txt');
  await page.evaluate(
    ([key, value]) => {
      localStorage.setItem(key, value);
    },
    [DATA_KEY, raw] as const,
  );
}

export async function seedState(page: Page, state: Partial<PersistedState>): Promise<void> {
  await seedRaw(page, persistedText(state));
}

export async function seedAssessments(
  page: Page,
  assessments: readonly CompletedAssessment[],
): Promise<void> {
  await seedState(page, { assessments: [...assessments] });
}

/** Every localStorage entry of the app's origin. */
export async function readStorage(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const entries: Record<string, string> = {};
    for (let index = 0; index < localStorage.length; index += 1) {
      const key = localStorage.key(index);
      if (key !== null) entries[key] = localStorage.getItem(key) ?? '';
    }
    return entries;
  });
}
