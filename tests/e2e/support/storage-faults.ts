import { randomBytes } from 'node:crypto';
import type { Page } from '@playwright/test';
import * as z from 'zod/mini';
import type { OwnedReview } from '../../../src/domain/review/owned-review';
import type { RaterCategory, RaterResponse } from '../../../src/domain/review/review';
import { responseUrl } from '../../../src/links/link-url';
import { sealResponse } from '../../../src/links/response-seal';
import { persistedStateSchema, type PersistedState } from '../../../src/stores/persisted-state';
import { INSTRUMENT_VERSION } from './instrument';
import { toRaterAnswers, type Sheet } from './review-sheets';
import { DATA_KEY, readStorage } from './storage';

/*
 * Faults injected into a real browser. The switches are flags in the tab's sessionStorage, read
 * by a script that runs before the app on every load, so a fault can start after the first load
 * and outlive a reload of that tab.
 */

const FILLER_PREFIX = 'faults:filler';
const HOLD_FLAG = 'faults:hold-import';
const DEAF_FLAG = 'faults:deaf';
export const IMPORT_HELD = 'faults: import held';

async function setFlag(page: Page, flag: string, isOn: boolean): Promise<void> {
  await page.evaluate(
    ([name, on]) => {
      if (on) sessionStorage.setItem(name, '1');
      else sessionStorage.removeItem(name);
    },
    [flag, isOn] as const,
  );
}

/**
 * Fills the origin's real quota with other keys, to the last character: from now on the browser
 * itself refuses any write that needs more room, with its own QuotaExceededError.
 */
export async function fillQuota(page: Page): Promise<void> {
  await page.evaluate((prefix) => {
    let size = 1 << 23;
    let index = 0;
    while (size >= 1) {
      try {
        localStorage.setItem(`${prefix}${String(index)}`, 'x'.repeat(size));
        index += 1;
      } catch {
        size = Math.floor(size / 2);
      }
    }
    // A key of its own costs room too; the last few characters go on one short key.
    let rest = '';
    for (;;) {
      try {
        localStorage.setItem(prefix, `${rest}x`);
        rest += 'x';
      } catch {
        break;
      }
    }
  }, FILLER_PREFIX);
}

export async function freeQuota(page: Page): Promise<void> {
  await page.evaluate((prefix) => {
    const keys = Object.keys(localStorage).filter((key) => key.startsWith(prefix));
    for (const key of keys) localStorage.removeItem(key);
  }, FILLER_PREFIX);
}

/** The app's own entries (`ascent:…`), without the filler. */
export async function readAppStorage(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() =>
    Object.fromEntries(
      Object.keys(localStorage)
        .filter((key) => key.startsWith('ascent:'))
        .map((key) => [key, localStorage.getItem(key) ?? '']),
    ),
  );
}

/**
 * The next response the owner opens stops half-way, once: its key derivation never finishes,
 * and the page logs IMPORT_HELD, so a test can reload in the middle of the import.
 */
export async function installImportHold(page: Page): Promise<void> {
  await page.addInitScript(
    ([flag, message]) => {
      const subtle = crypto.subtle;
      const deriveBits = subtle.deriveBits.bind(subtle);
      subtle.deriveBits = (algorithm, baseKey, length) => {
        if (sessionStorage.getItem(flag) !== '1') return deriveBits(algorithm, baseKey, length);
        sessionStorage.removeItem(flag);
        console.info(message);
        return new Promise<ArrayBuffer>(() => undefined);
      };
    },
    [HOLD_FLAG, IMPORT_HELD] as const,
  );
}

export async function holdNextImport(page: Page): Promise<void> {
  await setFlag(page, HOLD_FLAG, true);
}

/**
 * While the flag is on, the tab does not hear other tabs' storage events: it stands for a tab
 * whose event is still queued, or that opened just before the other tab wrote.
 */
export async function installDeafness(page: Page): Promise<void> {
  await page.addInitScript((flag) => {
    window.addEventListener(
      'storage',
      (event) => {
        if (sessionStorage.getItem(flag) === '1') event.stopImmediatePropagation();
      },
      true,
    );
  }, DEAF_FLAG);
}

export async function setDeaf(page: Page, isDeaf: boolean): Promise<void> {
  await setFlag(page, DEAF_FLAG, isDeaf);
}

/** A rater's answers sealed to the review's public key, as the link they send back. */
export async function responseLink(
  baseURL: string,
  review: OwnedReview,
  category: RaterCategory,
  sheet: Sheet,
): Promise<{ url: string; responseId: string }> {
  const response: RaterResponse = {
    responseId: randomBytes(8).toString('base64url'),
    reviewId: review.id,
    category,
    answers: toRaterAnswers(sheet),
    strength: 'Makes the numbers speak',
    develop: '',
    raterName: '',
    language: 'en',
    instrumentVersion: INSTRUMENT_VERSION,
  };
  const code = await sealResponse(response, review.publicKey);
  return { url: responseUrl(baseURL, code), responseId: response.responseId };
}

const storedSchema = z.object({ state: persistedStateSchema });

/** The app's saved state, which must be readable. */
export async function readSavedState(page: Page): Promise<PersistedState> {
  const raw = (await readStorage(page))[DATA_KEY];
  if (raw === undefined) throw new Error(`nothing stored under ${DATA_KEY}`);
  return storedSchema.parse(JSON.parse(raw)).state;
}
