import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { itemBank } from '../../src/content/item-bank';
import { itemNumber } from '../../src/domain/assessment/assessment-steps';
import type { ItemId } from '../../src/domain/instrument/instrument';
import type { OwnedReview } from '../../src/domain/review/owned-review';
import type { RaterAnswer } from '../../src/domain/instrument/scale';
import { RespondPage } from '../../src/features/respond/respond-page';
import { importOwnerPrivateKey } from '../../src/links/key-pair';
import { codeFromText } from '../../src/links/link-url';
import { openResponse } from '../../src/links/response-seal';
import { useAppStore } from '../../src/stores/app-store';
import { renderWithProviders, resetStores } from '../support/render';
import { createOwnedReview, itemsInFormOrder, packedInvitation } from '../support/reviews';

/** The six choices in the order the form offers them, with what each stores. */
const choices: { label: string; value: RaterAnswer }[] = [
  { label: 'Rarely', value: 1 },
  { label: 'Sometimes', value: 2 },
  { label: 'Often', value: 3 },
  { label: 'Almost always', value: 4 },
  { label: 'Consistently, and others model it on them', value: 5 },
  { label: 'Not observed', value: 0 },
];

function choiceFor(position: number) {
  const choice = choices[position % choices.length];
  if (!choice) throw new Error('no choice');
  return choice;
}

/** Thirty statements answered click by click take a few seconds on a busy machine. */
const answeringAll = { timeout: 30_000 };

let review: OwnedReview;

async function openInvitation(code: string) {
  const rendered = renderWithProviders(<RespondPage />, { route: `/respond#${code}` });
  await screen.findByRole('heading', { level: 2, name: 'Feedback for Ana Pérez' });
  // The heading is there a render before the draft and its form: wait for the form.
  await screen.findByRole('button', { name: 'Seal and send my answers' });
  // The first skill's statements come with the form, the other four a render later.
  await waitFor(() => expect(screen.getAllByRole('group')).toHaveLength(30));
  return rendered;
}

/** Answers every statement but the skipped ones, varying the choice; returns what was chosen. */
async function answerStatements(user: UserEvent, skipped: readonly ItemId[] = []) {
  const chosen: Partial<Record<ItemId, RaterAnswer>> = {};
  const groups = screen.getAllByRole('group');
  for (const [position, itemId] of itemsInFormOrder.entries()) {
    const group = groups[position];
    if (!group || skipped.includes(itemId)) continue;
    const choice = choiceFor(position);
    await user.click(within(group).getByRole('radio', { name: choice.label }));
    chosen[itemId] = choice.value;
  }
  return chosen;
}

function sendButton() {
  return screen.getByRole('button', { name: 'Seal and send my answers' });
}

describe('the respond page', () => {
  beforeEach(async () => {
    resetStores();
    review = await createOwnedReview({ message: 'Your honest view helps me grow.' });
  });

  it('shows who asks, their message and a radio group per statement', async () => {
    await openInvitation(await packedInvitation(review, 'peer'));

    expect(screen.getByText('Your honest view helps me grow.')).toBeVisible();
    expect(screen.getByText('Please answer by March 31, 2026.')).toBeVisible();
    expect(
      screen.getByText(/^Your ratings appear only inside the average of a group/),
    ).toBeVisible();
    const groups = screen.getAllByRole('group');
    expect(groups).toHaveLength(30);
    for (const group of groups) {
      expect(within(group).getAllByRole('radio')).toHaveLength(6);
      expect(within(group).getByRole('radio', { name: 'Not observed' })).not.toBeChecked();
    }
    expect(groups[0]).toHaveAccessibleName(/^1\. /);
  });

  it('says how long it takes and where the answers go before the link is read, and keeps it there', async () => {
    renderWithProviders(<RespondPage />, {
      route: `/respond#${await packedInvitation(review, 'peer')}`,
    });
    const assurances = () => screen.getByRole('region', { name: 'Before you start' });
    expect(
      within(assurances()).getByText(/^Your answers are sealed in this browser/),
    ).toBeVisible();
    expect(screen.queryByText('Please answer by March 31, 2026.')).toBeNull();

    expect(await screen.findByRole('region', { name: 'Feedback for Ana Pérez' })).toHaveTextContent(
      'Please answer by March 31, 2026.',
    );
    expect(assurances()).toHaveTextContent('30 statements, about 10 minutes.');
  });

  it('keeps each answer in a draft as it is given', async () => {
    const { user } = await openInvitation(await packedInvitation(review, 'peer'));
    const [first] = screen.getAllByRole('group');
    if (!first) throw new Error('no statement');
    await user.click(within(first).getByRole('radio', { name: 'Often' }));

    const [draft] = Object.values(useAppStore.getState().raterDrafts);
    expect(draft?.answers).toEqual({ [itemsInFormOrder[0] ?? '']: 3 });
    expect(draft?.sentCode).toBeNull();
  });

  it('lists the numbers of unanswered statements instead of sending', answeringAll, async () => {
    const skipped = [itemsInFormOrder[6], itemsInFormOrder[21]].filter(
      (id): id is ItemId => id !== undefined,
    );
    const { user } = await openInvitation(await packedInvitation(review, 'peer'));
    await answerStatements(user, skipped);
    await user.click(sendButton());

    const numbers = skipped.map((id) => itemNumber(itemBank, id));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      `2 statements have no answer yet (${numbers.join(', ')}). Choose “Not observed” if you have not seen them.`,
    );
    for (const number of numbers) {
      expect(
        screen.getByRole('group', { name: new RegExp(`^${String(number)}\\. `) }),
      ).toBeInvalid();
    }
    expect(Object.values(useAppStore.getState().raterDrafts)[0]?.sentCode).toBeNull();
  });

  it('seals complete answers into a link only the owner can open', answeringAll, async () => {
    const { user } = await openInvitation(await packedInvitation(review, 'peer'));
    const chosen = await answerStatements(user);
    await user.type(
      screen.getByRole('textbox', { name: 'One strength Ana Pérez should keep' }),
      'Listens well',
    );
    await user.click(sendButton());

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Your answers are sealed' }),
    ).toBeVisible();
    const link = screen.getByRole('textbox', { name: 'Your sealed response link' });
    if (!(link instanceof HTMLTextAreaElement)) throw new Error('no link box');
    expect(link.value).toContain('/collect#');
    expect(screen.getByRole('textbox', { name: 'The same as a code to paste' })).toHaveValue(
      codeFromText(link.value),
    );

    const opened = await openResponse(
      codeFromText(link.value),
      await importOwnerPrivateKey(review.privateKeyJwk),
    );
    if (!opened.ok) throw new Error(`response did not open: ${opened.error.code}`);
    expect(opened.value).toMatchObject({
      reviewId: review.id,
      category: 'peer',
      strength: 'Listens well',
      develop: '',
      raterName: '',
    });
    expect(opened.value.answers).toEqual(chosen);
    expect(Object.keys(chosen)).toHaveLength(30);
  });

  it('refuses a damaged link and offers a box to paste it again', async () => {
    const code = await packedInvitation(review, 'peer');
    const middle = Math.floor(code.length / 2);
    const damaged = `${code.slice(0, middle)}${code[middle] === 'A' ? 'B' : 'A'}${code.slice(middle + 1)}`;
    const { user } = renderWithProviders(<RespondPage />, { route: `/respond#${damaged}` });

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This link is incomplete or was changed on the way, so it was refused. Ask for it to be sent again, copied in full.',
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Give feedback' })).toBeVisible();
    const box = screen.getByRole('textbox', { name: 'Invitation link or code' });
    expect(screen.getByRole('button', { name: 'Open the invitation' })).toBeDisabled();

    await user.click(box);
    await user.paste(`https://ascent.example/respond#${code}`);
    await user.click(screen.getByRole('button', { name: 'Open the invitation' }));
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Feedback for Ana Pérez' }),
    ).toBeVisible();
  });

  it('offers only the paste box when the address carries no invitation', () => {
    renderWithProviders(<RespondPage />, { route: '/respond' });
    expect(screen.getByRole('heading', { level: 1, name: 'Give feedback' })).toBeVisible();
    expect(screen.getByRole('textbox', { name: 'Invitation link or code' })).toBeVisible();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says why pasted text holding no code is refused, instead of resetting silently', async () => {
    const { user } = renderWithProviders(<RespondPage />, { route: '/respond' });
    await user.click(screen.getByRole('textbox', { name: 'Invitation link or code' }));
    await user.paste('see the link below #');
    await user.click(screen.getByRole('button', { name: 'Open the invitation' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This is not an Ascent link or code. Copy the whole link and try again.',
    );
  });

  it('speaks to the person reviewed in their own words on a self invitation', async () => {
    renderWithProviders(<RespondPage />, {
      route: `/respond#${await packedInvitation(review, 'self')}`,
    });
    expect(
      await screen.findByRole('heading', {
        level: 2,
        name: 'Your self-assessment for your 360° review',
      }),
    ).toBeVisible();
    const [first] = await screen.findAllByRole('group');
    if (!first) throw new Error('no statement');
    expect(
      within(first).getByRole('radio', { name: 'Consistently, and others model it on me' }),
    ).toBeVisible();
    expect(
      screen.queryByRole('checkbox', { name: 'Add my name to my answers (off by default)' }),
    ).not.toBeInTheDocument();
  });
});
