import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { NewReviewPage } from '../../src/features/review/new-review/new-review-page';
import { inDays } from '../../src/features/review/new-review/new-review-form';
import { useAppStore } from '../../src/stores/app-store';
import { renderWithProviders, resetStores } from '../support/render';

function renderForm() {
  return renderWithProviders(<NewReviewPage />, { route: '/reviews/new' });
}

/** Hints and errors sit inside the labels, so names are matched by how they start. */
const fields = {
  subject: () => screen.getByRole('textbox', { name: /^Name of the person reviewed/ }),
  dueDate: () => screen.getByLabelText(/^Due date/),
  threshold: () => screen.getByRole('spinbutton', { name: /^Anonymity threshold/ }),
  groups: () => screen.getByRole('group', { name: 'Groups to invite' }),
  create: () => screen.getByRole('button', { name: 'Create the review and its links' }),
};

async function replaceValue(user: UserEvent, field: HTMLElement, value: string) {
  await user.clear(field);
  await user.type(field, value);
}

describe('the new review form', () => {
  beforeEach(resetStores);

  it('shows translated errors when submitted empty and stores nothing', async () => {
    const { user } = renderForm();
    await user.click(fields.create());

    expect(await screen.findByText('Enter the name of the person reviewed.')).toBeVisible();
    expect(fields.subject()).toBeInvalid();
    expect(useAppStore.getState().reviews).toEqual([]);
  });

  it('refuses a due date in the past', async () => {
    const { user } = renderForm();
    await user.type(fields.subject(), 'Ana Pérez');
    await replaceValue(user, fields.dueDate(), inDays(-1));
    await user.click(fields.create());

    expect(await screen.findByText('The due date cannot be in the past.')).toBeVisible();
    expect(fields.dueDate()).toBeInvalid();
    expect(useAppStore.getState().reviews).toEqual([]);
  });

  it('refuses an anonymity threshold below 3', async () => {
    const { user } = renderForm();
    await user.type(fields.subject(), 'Ana Pérez');
    await replaceValue(user, fields.threshold(), '2');
    await user.click(fields.create());

    expect(
      await screen.findByText('The threshold must be a whole number from 3 to 10.'),
    ).toBeVisible();
    expect(useAppStore.getState().reviews).toEqual([]);
  });

  it('refuses a review with no group to invite', async () => {
    const { user } = renderForm();
    await user.type(fields.subject(), 'Ana Pérez');
    for (const group of ['Manager', 'Peers', 'Direct reports']) {
      await user.click(within(fields.groups()).getByRole('checkbox', { name: group }));
    }
    await user.click(fields.create());

    expect(await screen.findByText('Choose at least one group to invite.')).toBeVisible();
    expect(useAppStore.getState().reviews).toEqual([]);
  });

  it('offers a "Self" group only when the manager runs the review', async () => {
    const { user } = renderForm();
    const groupNames = () =>
      within(fields.groups())
        .getAllByRole('checkbox')
        .map((box) => box.closest('label')?.textContent);
    expect(groupNames()).toEqual(['Manager', 'Peers', 'Direct reports', 'Others']);

    await user.click(screen.getByRole('radio', { name: "I do, as the person's manager" }));
    expect(groupNames()).toEqual(['Self', 'Manager', 'Peers', 'Direct reports', 'Others']);
    expect(within(fields.groups()).getByRole('checkbox', { name: 'Self' })).not.toBeChecked();
  });

  it('asks for the name of each named rater added', async () => {
    const { user } = renderForm();
    await user.type(fields.subject(), 'Ana Pérez');
    await user.click(screen.getByRole('button', { name: 'Add a named rater' }));
    expect(screen.getByRole('combobox', { name: 'Group of rater 1' })).toHaveValue('peer');
    await user.click(fields.create());

    expect(
      await screen.findByText("Enter the rater's name (at most 80 characters) or remove the row."),
    ).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Remove rater 1' }));
    expect(screen.queryByRole('textbox', { name: /^Name of rater 1/ })).not.toBeInTheDocument();
  });

  it('stores a valid review with its own key pair and opens it', async () => {
    const { user } = renderForm();
    await user.type(fields.subject(), 'Ana Pérez');
    await user.click(screen.getByRole('radio', { name: "I do, as the person's manager" }));
    const groups = fields.groups();
    await user.click(within(groups).getByRole('checkbox', { name: 'Self' }));
    await user.click(within(groups).getByRole('checkbox', { name: 'Direct reports' }));
    await user.click(within(groups).getByRole('checkbox', { name: 'Others' }));
    await replaceValue(user, fields.dueDate(), inDays(30));
    await replaceValue(user, fields.threshold(), '4');
    await user.type(
      screen.getByRole('textbox', { name: /^Personal message to raters/ }),
      'Thank you for your time.',
    );
    await user.click(screen.getByRole('button', { name: 'Add a named rater' }));
    await user.type(screen.getByRole('textbox', { name: /^Name of rater 1/ }), 'Bo Lin');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Group of rater 1' }), 'Manager');
    await user.click(fields.create());

    const landed = await screen.findByRole('status');
    const [review] = useAppStore.getState().reviews;
    if (!review) throw new Error('no review stored');
    expect(landed).toHaveTextContent(`navigated to /reviews/${review.id}`);
    expect(review.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(review.privateKeyJwk).toMatchObject({ kty: 'EC', crv: 'P-256' });
    expect(review.privateKeyJwk.d).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(review.publicKey).toMatch(/^[A-Za-z0-9_-]{87}$/);
    expect(review).toMatchObject({
      subjectName: 'Ana Pérez',
      ownerRole: 'manager',
      dueDate: inDays(30),
      threshold: 4,
      message: 'Thank you for your time.',
      namedRaters: [{ name: 'Bo Lin', category: 'manager' }],
      responses: [],
      waves: [{ number: 1, frozenAt: null }],
    });
    expect(review.namedRaters[0]?.id).toMatch(/^[A-Za-z0-9_-]{11}$/);
    // Stored in the order they were ticked; the order carries no meaning.
    expect([...review.categories].sort()).toEqual(['manager', 'other', 'peer', 'self']);
  });

  it('drops the "Self" group when the owner switches back to reviewing themselves', async () => {
    const { user } = renderForm();
    await user.type(fields.subject(), 'Ana Pérez');
    await user.click(screen.getByRole('radio', { name: "I do, as the person's manager" }));
    await user.click(within(fields.groups()).getByRole('checkbox', { name: 'Self' }));
    await user.click(screen.getByRole('radio', { name: 'I do, about myself' }));
    await user.click(fields.create());

    await screen.findByRole('status');
    expect(useAppStore.getState().reviews[0]?.categories).toEqual([
      'manager',
      'peer',
      'direct-report',
    ]);
  });
});
