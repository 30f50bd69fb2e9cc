import { describe, expect, it } from 'vitest';
import { MAX_NAMED_RATERS, MAX_REVIEW_RESPONSES } from '../../../src/domain/review/owned-review';
import { MAX_COMMENT, MAX_RATER_NAME } from '../../../src/domain/review/review';
import { emptyPersistedState } from '../../../src/stores/persisted-state';
import { freshStorageAt, loadApp, storedState } from '../support/app-store';
import {
  REVIEW_ID,
  invitation,
  ownedReview,
  raterResponse,
  receivedResponse,
} from '../support/reviews';
import { NOW, expectStillLoads, rows } from './store-limits-fixtures';

freshStorageAt(NOW);

describe('360 reviews at their limits', () => {
  const raters = (count: number) =>
    rows(count, () => null).map((_, index) => ({
      id: `rater${String(index).padStart(6, '0')}`,
      name: `Rater ${String(index)}`,
      category: 'peer' as const,
    }));

  it(`keeps a review naming ${String(MAX_NAMED_RATERS)} raters and refuses one naming more`, async () => {
    const app = await loadApp();
    const { addReview } = app.useAppStore.getState();

    expect(addReview({ ...ownedReview(), namedRaters: raters(MAX_NAMED_RATERS + 1) })).toBe('full');
    expect(addReview({ ...ownedReview(), namedRaters: raters(MAX_NAMED_RATERS) })).toBe('saved');

    expect(app.useAppStore.getState().reviews).toHaveLength(1);
    await expectStillLoads(app);
  });

  it('refuses a review with a text past its stored limit', async () => {
    const app = await loadApp();
    const tooLong = { ...ownedReview(), ownerEmail: `${'a'.repeat(250)}@example.org` };

    expect(app.useAppStore.getState().addReview(tooLong)).toBe('invalid');
    expect(app.useAppStore.getState().reviews).toEqual([]);
  });

  it(`keeps ${String(MAX_REVIEW_RESPONSES)} responses and reports the next one as full`, async () => {
    const responses = rows(MAX_REVIEW_RESPONSES - 1, () => null).map((_, index) =>
      receivedResponse(raterResponse({ responseId: `r${String(index).padStart(10, '0')}` })),
    );
    const app = await loadApp(
      storedState({ ...emptyPersistedState, reviews: [ownedReview({ responses })] }),
    );
    const { receiveResponse } = app.useAppStore.getState();

    expect(receiveResponse(raterResponse({ responseId: 'lastOne0001' }))).toEqual({
      outcome: 'added',
      wave: 1,
    });
    expect(receiveResponse(raterResponse({ responseId: 'oneMore0001' }))).toEqual({
      outcome: 'full',
    });

    const [review] = app.useAppStore.getState().reviews;
    expect(review?.id).toBe(REVIEW_ID);
    expect(review?.responses).toHaveLength(MAX_REVIEW_RESPONSES);
    await expectStillLoads(app);
  });
});

describe('rater drafts at their limits', () => {
  it.each([
    ['strength', MAX_COMMENT],
    ['develop', MAX_COMMENT],
    ['raterName', MAX_RATER_NAME],
  ] as const)('keeps %s at %i characters and refuses one more', async (field, max) => {
    const app = await loadApp();
    const { openInvitation, updateRaterText } = app.useAppStore.getState();
    const key = openInvitation(invitation());

    expect(updateRaterText(key, { [field]: 'x'.repeat(max) })).toBe(true);
    expect(updateRaterText(key, { [field]: 'y'.repeat(max + 1) })).toBe(false);

    expect(app.useAppStore.getState().raterDrafts[key]?.[field]).toBe('x'.repeat(max));
    await expectStillLoads(app);
  });
});
