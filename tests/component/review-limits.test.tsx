import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { MAX_NAMED_RATERS } from '../../src/domain/review/owned-review';
import { MAX_EMAIL, MAX_RATER_NAME } from '../../src/domain/review/review';
import { AllLinksButton } from '../../src/features/review/reviews/all-links-button';
import { NewReviewPage } from '../../src/features/review/new-review/new-review-page';
import { useAppStore } from '../../src/stores/app-store';
import { renderWithProviders, resetStores } from '../support/render';
import { createOwnedReview, shortIdFor } from '../support/reviews';

function renderForm() {
  return renderWithProviders(<NewReviewPage />, { route: '/reviews/new' });
}

const addRater = () => screen.getByRole('button', { name: 'Add a named rater' });
const create = () => screen.getByRole('button', { name: 'Create the review and its links' });

describe('the new review form at its limits', () => {
  beforeEach(resetStores);

  it(`turns off adding a named rater at ${String(MAX_NAMED_RATERS)} and says why`, async () => {
    const { user, container } = renderForm();
    const add = addRater();
    // Role queries and user-event take minutes on 200 rows: plain clicks and selectors instead.
    for (let count = 1; count < MAX_NAMED_RATERS; count += 1) fireEvent.click(add);
    expect(add).toBeEnabled();

    await user.click(add);

    const message = `A review can name at most ${String(MAX_NAMED_RATERS)} raters. Invite anyone else through a group link.`;
    expect(container.querySelectorAll('input[name$=".name"]')).toHaveLength(MAX_NAMED_RATERS);
    expect(add).toBeDisabled();
    expect(add).toHaveAccessibleDescription(message);

    const [firstRemove] = container.querySelectorAll('.inline-fields button');
    if (!firstRemove) throw new Error('no rater row');
    expect(firstRemove).toHaveTextContent('Remove rater 1');
    fireEvent.click(firstRemove);
    expect(add).toBeEnabled();
  }, 30_000);

  it.each([
    {
      field: /^Your email for returning answers/,
      text: `${'a'.repeat(MAX_EMAIL)}@example.org`,
      message: `The email address can be at most ${String(MAX_EMAIL)} characters.`,
    },
    {
      field: /^Your name, as raters will see it/,
      text: 'n'.repeat(MAX_RATER_NAME + 1),
      message: `Your name can be at most ${String(MAX_RATER_NAME)} characters.`,
    },
  ])(
    'explains a text longer than a stored review holds: $message',
    async ({ field, text, message }) => {
      const { user } = renderForm();
      await user.type(screen.getByRole('textbox', { name: /^Name of the person reviewed/ }), 'Ana');
      await user.click(screen.getByRole('textbox', { name: field }));
      await user.paste(text);
      await user.click(create());

      expect(await screen.findByText(message)).toBeVisible();
      expect(useAppStore.getState().reviews).toEqual([]);
    },
  );
});

describe('copying every invitation link as a table', () => {
  beforeEach(resetStores);

  it('neutralizes names that a spreadsheet would run as formulas or split into cells', async () => {
    const review = await createOwnedReview({
      subjectName: '=HYPERLINK("https://evil.example","Ana")',
      categories: ['peer'],
      namedRaters: [
        { id: shortIdFor('rater', 1), name: '@SUM(1+1)', category: 'peer' },
        { id: shortIdFor('rater', 2), name: 'Jo\tBlack\r\nSmith', category: 'peer' },
        { id: shortIdFor('rater', 3), name: '-Dana', category: 'peer' },
      ],
    });
    const { user } = renderWithProviders(<AllLinksButton reviews={[review]} />, {
      route: '/reviews',
    });

    await user.click(screen.getByRole('button', { name: 'Copy all invitation links (table)' }));
    await waitFor(() => {
      expect(screen.getByRole('status')).toHaveTextContent('Copied.');
    });

    const rows = (await navigator.clipboard.readText()).split('\n').map((row) => row.split('\t'));
    expect(rows).toHaveLength(5);
    for (const row of rows) expect(row).toHaveLength(4);
    expect(rows.slice(1).map(([subject, , rater]) => [subject, rater])).toEqual([
      [`'=HYPERLINK("https://evil.example","Ana")`, ''],
      [`'=HYPERLINK("https://evil.example","Ana")`, "'@SUM(1+1)"],
      [`'=HYPERLINK("https://evil.example","Ana")`, 'Jo Black  Smith'],
      [`'=HYPERLINK("https://evil.example","Ana")`, "'-Dana"],
    ]);
    expect(rows[1]?.[3]).toMatch(/^http:\/\/localhost(:\d+)?\/respond#/);
  });
});
