import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { MAX_REVIEW_RESPONSES, type OwnedReview } from '../../src/domain/review/owned-review';
import { CollectPage } from '../../src/features/review/collect/collect-page';
import { CollectPanel } from '../../src/features/review/collect/collect-panel';
import { invitationUrl, responseUrl } from '../../src/links/link-url';
import { useAppStore } from '../../src/stores/app-store';
import { renderWithProviders, resetStores } from '../support/render';
import {
  OTHER_REVIEW_ID,
  createOwnedReview,
  packedInvitation,
  raterResponse,
  receivedResponse,
  sealFor,
  shortIdFor,
} from '../support/reviews';

const BASE = 'https://ascent.example/';

function renderPanel() {
  return renderWithProviders(<CollectPanel />, { route: '/reviews/panel' });
}

/** A link as a mail client may hand it over: in angle brackets, broken across lines. */
function wrappedByMail(link: string): string {
  const middle = Math.floor(link.length / 2);
  return `<${link.slice(0, middle)}\n${link.slice(middle)}>.`;
}

async function paste(user: ReturnType<typeof renderPanel>['user'], text: string) {
  await user.click(screen.getByRole('textbox', { name: 'Response link or code' }));
  await user.paste(text);
  await user.click(screen.getByRole('button', { name: 'Add the response' }));
}

let review: OwnedReview;

describe('the collect panel', () => {
  beforeEach(async () => {
    resetStores();
    review = await createOwnedReview();
    useAppStore.setState({ reviews: [review] });
  });

  it('keeps the add button off until something is pasted', () => {
    renderPanel();
    expect(screen.getByRole('button', { name: 'Add the response' })).toBeDisabled();
  });

  it('adds a sealed response once and says so; a second paste changes nothing', async () => {
    const response = raterResponse({ strength: 'Listens well' });
    const link = responseUrl(BASE, await sealFor(review, response));
    const { user } = renderPanel();

    await paste(user, link);
    expect(
      await screen.findByText('Response added to the review of Ana Pérez (wave 1).'),
    ).toBeVisible();
    const [stored] = useAppStore.getState().reviews;
    expect(stored?.responses).toMatchObject([{ response, wave: 1 }]);
    expect(screen.getByRole('textbox', { name: 'Response link or code' })).toHaveValue('');

    const afterFirst = useAppStore.getState().reviews;
    await paste(user, link);
    expect(
      await screen.findByText(
        'This response to the review of Ana Pérez was already counted; nothing changed.',
      ),
    ).toBeVisible();
    expect(useAppStore.getState().reviews).toBe(afterFirst);
  });

  it('reads a link that a mail client wrapped and bracketed', async () => {
    const code = await sealFor(review, raterResponse());
    const { user } = renderPanel();
    await paste(user, wrappedByMail(responseUrl(BASE, code)));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Response added to the review of Ana Pérez (wave 1).',
    );
  });

  it('adds a response from a chosen file', async () => {
    const link = responseUrl(BASE, await sealFor(review, raterResponse()));
    const { user } = renderPanel();
    await user.upload(
      screen.getByLabelText('Choose a file'),
      new File([link], 'ascent-response.txt', { type: 'text/plain' }),
    );
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Response added to the review of Ana Pérez (wave 1).',
    );
    expect(useAppStore.getState().reviews[0]?.responses).toHaveLength(1);
  });

  it('refuses a file far larger than any response without reading it', async () => {
    const before = useAppStore.getState().reviews;
    const { user } = renderPanel();
    await user.upload(
      screen.getByLabelText('Choose a file'),
      new File(['R'.repeat(200_000)], 'big.txt', { type: 'text/plain' }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This code is far longer than any Ascent link. Check that you pasted only the link.',
    );
    expect(useAppStore.getState().reviews).toBe(before);
  });

  it.each([
    {
      case: 'a response to a review this browser does not hold',
      text: async () =>
        responseUrl(BASE, await sealFor(review, raterResponse({ reviewId: OTHER_REVIEW_ID }))),
      message:
        "This response belongs to a review this browser does not hold. Open it in the browser where the review was created, or import that browser's backup here first. Nothing was stored.",
    },
    {
      case: 'a response sealed with another key',
      text: async () => {
        const stranger = await createOwnedReview();
        return responseUrl(BASE, await sealFor(stranger, raterResponse()));
      },
      message:
        "This response could not be opened: it was altered on the way, or it belongs to a review this browser's key does not unlock. Nothing was stored.",
    },
    {
      case: 'garbage text',
      text: () => Promise.resolve('Thanks, see you on Monday!'),
      message: 'This is not an Ascent link or code. Copy the whole link and try again.',
    },
    {
      case: 'an invitation link',
      text: async () => invitationUrl(BASE, await packedInvitation(review, 'peer')),
      message:
        "This is a different kind of Ascent link: invitations open at “Give feedback”, responses go to the review's owner.",
    },
  ])('refuses $case, explains why and stores nothing', async ({ text, message }) => {
    const pasted = await text();
    const before = useAppStore.getState().reviews;
    const { user } = renderPanel();

    await paste(user, pasted);
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(useAppStore.getState().reviews).toBe(before);
  });

  it('says a review at its response limit is full, not that the response was counted', async () => {
    const responses = Array.from({ length: MAX_REVIEW_RESPONSES }, (_, index) =>
      // shortIdFor numbers up to 255 per label.
      receivedResponse(
        raterResponse({
          responseId: shortIdFor(`r${String(Math.floor(index / 256))}`, index % 256),
        }),
      ),
    );
    useAppStore.setState({ reviews: [{ ...review, responses }] });
    const before = useAppStore.getState().reviews;
    const link = responseUrl(
      BASE,
      await sealFor(review, raterResponse({ responseId: shortIdFor('late', 1) })),
    );
    const { user } = renderPanel();

    await paste(user, link);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      `The review of Ana Pérez already holds ${String(MAX_REVIEW_RESPONSES)} responses, the most it can keep, so this one was not stored. Start a new review for Ana Pérez to collect more answers; the responses already here stay as they are.`,
    );
    expect(useAppStore.getState().reviews).toBe(before);
  });

  it('says so when a chosen file cannot be read, and stores nothing', async () => {
    const file = new File(['unused'], 'ascent-response.txt', { type: 'text/plain' });
    // As a browser does when the file was moved or deleted after it was chosen.
    Object.defineProperty(file, 'text', {
      value: () =>
        Promise.reject(new DOMException('The file could not be read.', 'NotReadableError')),
    });
    const before = useAppStore.getState().reviews;
    const { user } = renderPanel();

    await user.upload(screen.getByLabelText('Choose a file'), file);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This file could not be read: it may have been moved, renamed or deleted since you chose it. Choose it again, or open it and paste the link it holds. Nothing was stored.',
    );
    expect(useAppStore.getState().reviews).toBe(before);
    expect(screen.getByRole('textbox', { name: 'Response link or code' })).toBeEnabled();
  });
});

describe('the collect page', () => {
  beforeEach(resetStores);

  it('is named once, by its own heading, which also names the paste box', () => {
    renderWithProviders(<CollectPage />, { route: '/collect' });
    expect(screen.getAllByRole('heading', { name: 'Add responses' })).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 1, name: 'Add responses' })).toBeVisible();
    expect(screen.getByRole('region', { name: 'Add responses' })).toContainElement(
      screen.getByRole('textbox', { name: 'Response link or code' }),
    );
  });
});
