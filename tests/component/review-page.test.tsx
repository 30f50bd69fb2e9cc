import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { OwnedReview } from '../../src/domain/review/owned-review';
import { ReviewPage } from '../../src/features/review/reviews/review-page';
import { unpackInvitation } from '../../src/links/invitation-link';
import { codeFromText } from '../../src/links/link-url';
import { useAppStore } from '../../src/stores/app-store';
import { renderWithProviders, resetStores } from '../support/render';
import {
  createOwnedReview,
  raterResponse,
  receivedResponse,
  responsesFrom,
  shortIdFor,
} from '../support/reviews';

const RATER_ID = shortIdFor('Bo Lin', 1);

function renderReview(review: OwnedReview) {
  useAppStore.setState({ reviews: [review] });
  return renderWithProviders(<ReviewPage />, {
    route: `/reviews/${review.id}`,
    path: '/reviews/:id',
  });
}

function valueOf(field: HTMLElement): string {
  if (!(field instanceof HTMLInputElement)) throw new Error('not an input');
  return field.value;
}

function storedReview(): OwnedReview {
  const [review] = useAppStore.getState().reviews;
  if (!review) throw new Error('no review stored');
  return review;
}

describe('the review page', () => {
  beforeEach(resetStores);

  it('says so when the review is not in this browser', () => {
    renderWithProviders(<ReviewPage />, { route: '/reviews/missing', path: '/reviews/:id' });
    expect(
      screen.getByRole('heading', { level: 1, name: 'This review is not in this browser' }),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Back to all reviews' })).toHaveAttribute(
      'href',
      '/reviews',
    );
  });

  it('shows one invitation card per group, each with its own link', async () => {
    const review = await createOwnedReview();
    renderReview(review);
    expect(
      screen.getByRole('heading', { level: 1, name: '360° review of Ana Pérez' }),
    ).toBeVisible();

    const cards = await screen.findAllByRole('article');
    expect(cards.map((card) => card.getAttribute('aria-label'))).toEqual([
      'Manager',
      'Peers',
      'Direct reports',
    ]);
    for (const [card, category] of [
      [cards[0], 'manager'],
      [cards[1], 'peer'],
      [cards[2], 'direct-report'],
    ] as const) {
      if (!card) throw new Error('card missing');
      const link = within(card).getByRole('textbox', { name: /^Invitation link for/ });
      expect(valueOf(link)).toContain('/respond#');
      const opened = await unpackInvitation(codeFromText(valueOf(link)));
      expect(opened).toMatchObject({ ok: true, value: { reviewId: review.id, category } });
    }
  });

  it('counts the responses received per group', async () => {
    const review = await createOwnedReview({
      responses: responsesFrom('peer', [4, 3]).map((response) => receivedResponse(response)),
    });
    renderReview(review);
    const peers = await screen.findByRole('article', { name: 'Peers' });
    expect(within(peers).getByText('2 responses received')).toBeVisible();
    expect(
      within(screen.getByRole('article', { name: 'Manager' })).getByText('0 responses received'),
    ).toBeVisible();
  });

  it('gives a named rater a card and link of their own, showing whether they answered', async () => {
    const review = await createOwnedReview({
      namedRaters: [{ id: RATER_ID, name: 'Bo Lin', category: 'peer' }],
    });
    renderReview(review);

    const card = await screen.findByRole('article', { name: 'Bo Lin (Peers)' });
    expect(screen.getAllByRole('article')).toHaveLength(4);
    expect(within(card).getByText('Has not answered yet')).toBeVisible();
    const link = within(card).getByRole('textbox', { name: 'Invitation link for Bo Lin (Peers)' });
    const opened = await unpackInvitation(codeFromText(valueOf(link)));
    expect(opened).toMatchObject({ ok: true, value: { category: 'peer', raterId: RATER_ID } });
  });

  it('marks a named rater as answered once their response arrives', async () => {
    const review = await createOwnedReview({
      namedRaters: [{ id: RATER_ID, name: 'Bo Lin', category: 'peer' }],
      responses: [receivedResponse(raterResponse({ raterId: RATER_ID }))],
    });
    renderReview(review);
    const card = await screen.findByRole('article', { name: 'Bo Lin (Peers)' });
    expect(within(card).getByText('Has answered')).toBeVisible();
  });

  it('freezes the wave only after confirmation', async () => {
    const review = await createOwnedReview();
    const { user } = renderReview(review);
    await screen.findAllByRole('article');
    expect(screen.getByText('Collecting answers (wave 1)')).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Close and freeze the report' }));
    const dialog = screen.getByRole('dialog', { name: 'Close this review?' });
    expect(dialog).toHaveTextContent('The report as it is now will never change.');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(storedReview().waves).toEqual([{ number: 1, frozenAt: null }]);

    await user.click(screen.getByRole('button', { name: 'Close and freeze the report' }));
    await user.click(
      within(screen.getByRole('dialog', { name: 'Close this review?' })).getByRole('button', {
        name: 'Close and freeze the report',
      }),
    );
    expect(storedReview().waves).toMatchObject([{ number: 1 }]);
    expect(storedReview().waves[0]?.frozenAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(screen.getByText(/^Report frozen on .+ \(wave 1\)/)).toBeVisible();
    expect(
      screen.queryByRole('button', { name: 'Close and freeze the report' }),
    ).not.toBeInTheDocument();
  });

  it('deletes the review only after confirmation, then returns to the list', async () => {
    const review = await createOwnedReview();
    const { user } = renderReview(review);
    await screen.findAllByRole('article');

    await user.click(screen.getByRole('button', { name: 'Delete this review' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete the review' });
    expect(dialog).toHaveTextContent('its private key and every answer will be removed');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(useAppStore.getState().reviews).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Delete this review' }));
    await user.click(
      within(screen.getByRole('dialog', { name: 'Delete the review' })).getByRole('button', {
        name: 'Delete this review',
      }),
    );
    expect(useAppStore.getState().reviews).toEqual([]);
    expect(await screen.findByRole('status')).toHaveTextContent('navigated to /reviews');
  });
});
