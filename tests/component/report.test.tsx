import { act, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OwnedReview } from '../../src/domain/review/owned-review';
import type { RaterAnswer } from '../../src/domain/instrument/scale';
import { parseSharedReport } from '../../src/domain/review/shared-report-file';
import { ReportPage } from '../../src/features/review/report/report-page';
import { useAppStore } from '../../src/stores/app-store';
import { renderWithProviders, resetStores } from '../support/render';
import {
  createOwnedReview,
  raterResponse,
  receivedResponse,
  responsesFrom,
  shortIdFor,
} from '../support/reviews';

const peerComments = [
  { strength: 'Listens well', develop: 'Say no more often' },
  { strength: 'Explains the why', develop: 'Share drafts earlier' },
  { strength: 'Keeps promises', develop: '' },
];

const peerRatings: RaterAnswer[] = [3, 4, 5];

function peers(count: number) {
  return responsesFrom('peer', peerRatings.slice(0, count), (index) => peerComments[index] ?? {});
}

const manager = raterResponse({
  responseId: shortIdFor('manager', 1),
  category: 'manager',
  answers: responsesFrom('manager', [2])[0]?.answers,
  strength: 'Sets a clear direction',
  develop: 'Delegate more',
});

function renderReport(review: OwnedReview) {
  useAppStore.setState({ reviews: [review] });
  return renderWithProviders(<ReportPage />, {
    route: `/reviews/${review.id}/report`,
    path: '/reviews/:id/report',
  });
}

/** A table row read as a person would: its header cell, then each data cell. */
function readRow(table: HTMLElement, name: string): (string | null)[] {
  const row = within(table).getByRole('row', { name: new RegExp(`^${name}`) });
  return [
    within(row).getByRole('rowheader').textContent,
    ...within(row)
      .getAllByRole('cell')
      .map((cell) => cell.textContent),
  ];
}

function groupsTable() {
  return screen.getByRole('table', { name: 'Responses by group (anonymity threshold: 3)' });
}

function skillsTable() {
  return screen.getByRole('table', { name: /^Mean ratings by skill/ });
}

describe('the review report', () => {
  beforeEach(resetStores);
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('says so when the review is not in this browser', () => {
    renderWithProviders(<ReportPage />, {
      route: '/reviews/missing/report',
      path: '/reviews/:id/report',
    });
    expect(
      screen.getByRole('heading', { level: 1, name: 'This review is not in this browser' }),
    ).toBeVisible();
  });

  it('shows peers as a group and the manager by role, with the skills table and comments', async () => {
    const review = await createOwnedReview({
      responses: [...peers(3), manager].map((response) => receivedResponse(response)),
    });
    renderReport(review);

    expect(screen.getByRole('heading', { level: 1, name: '360° report: Ana Pérez' })).toBeVisible();
    expect(
      screen.getByText('Wave 1, still collecting: this report changes as answers arrive.'),
    ).toBeVisible();
    expect(screen.queryByRole('combobox', { name: 'Wave' })).not.toBeInTheDocument();

    expect(readRow(groupsTable(), 'Peers')).toEqual(['Peers', '3', 'Shown as a group']);
    expect(readRow(groupsTable(), 'Manager')).toEqual(['Manager', '1', 'Shown by role']);
    expect(readRow(groupsTable(), 'Direct reports')).toEqual([
      'Direct reports',
      '0',
      'No responses',
    ]);

    const skills = skillsTable();
    expect(
      within(skills)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual([
      'Skill',
      'Self',
      'Manager',
      'Peers',
      'Others',
      'Gap',
      'Agreement',
      'Spread among raters',
    ]);
    expect(within(skills).getAllByRole('row')).toHaveLength(6);
    expect(readRow(skills, 'Executive presence')).toEqual([
      'Executive presence',
      '—',
      '2.00',
      '4.00',
      '4.00 (3 raters)',
      '—',
      '—',
      'Some disagreement',
    ]);
    expect(screen.getByRole('img', { name: /The same data is in the table below/ })).toBeVisible();

    const comments = screen.getByRole('region', { name: 'Comments' });
    expect(
      within(comments)
        .getAllByRole('heading')
        .map((heading) => heading.textContent),
    ).toEqual([
      'Comments',
      'Strengths to keep',
      'Things to develop',
      'Manager: strengths to keep',
      'Manager: things to develop',
    ]);
    // Each list follows its heading; peers' comments are shuffled, so they are compared sorted.
    const [strengths, developments, managerStrengths, managerDevelopments] = within(comments)
      .getAllByRole('list')
      .map((list) =>
        within(list)
          .getAllByRole('listitem')
          .map((item) => item.textContent),
      );
    expect(strengths?.sort()).toEqual(['Explains the why', 'Keeps promises', 'Listens well']);
    expect(developments?.sort()).toEqual(['Say no more often', 'Share drafts earlier']);
    expect(managerStrengths).toEqual(['Sets a clear direction']);
    expect(managerDevelopments).toEqual(['Delegate more']);
    expect(screen.getByRole('region', { name: 'How this report works' })).toBeVisible();
  });

  it('withholds two peers below the threshold and says why', async () => {
    const review = await createOwnedReview({
      responses: [...peers(2), manager].map((response) => receivedResponse(response)),
    });
    renderReport(review);

    expect(readRow(groupsTable(), 'Peers')).toEqual([
      'Peers',
      '2',
      'Withheld: too few to keep answers anonymous',
    ]);
    expect(
      screen.getByText(
        'Peers: 2 responses in all, fewer than the threshold of 3, so they are withheld to keep them anonymous.',
      ),
    ).toBeVisible();
    const skills = skillsTable();
    expect(within(skills).queryByRole('columnheader', { name: 'Peers' })).not.toBeInTheDocument();
    expect(readRow(skills, 'Executive presence').slice(0, 5)).toEqual([
      'Executive presence',
      '—',
      '2.00',
      '—',
      '—',
    ]);
    const comments = screen.getByRole('region', { name: 'Comments' });
    expect(
      within(comments).getByText('Comments are withheld until a group of at least 3 is shown.'),
    ).toBeVisible();
    expect(within(comments).queryByText('Listens well')).not.toBeInTheDocument();
    expect(within(comments).getByText('Sets a clear direction')).toBeVisible();
  });

  it('compares with the self view when the manager runs the review', async () => {
    const self = raterResponse({
      responseId: shortIdFor('self', 1),
      category: 'self',
      answers: responsesFrom('self', [5])[0]?.answers,
    });
    const review = await createOwnedReview({
      ownerRole: 'manager',
      categories: ['self', 'manager', 'peer'],
      responses: [...peers(3), manager, self].map((response) => receivedResponse(response)),
    });
    renderReport(review);

    expect(readRow(groupsTable(), 'Self')).toEqual(['Self', '1', 'Shown by role']);
    expect(readRow(skillsTable(), 'Executive presence')).toEqual([
      'Executive presence',
      '5.00',
      '2.00',
      '4.00',
      '4.00 (3 raters)',
      '+1.00 · blind spot',
      'Over-rater (self above others)',
      'Some disagreement',
    ]);
  });

  it('opens a new wave for a late response, with a choice of wave', async () => {
    const review = await createOwnedReview({
      responses: [...peers(3), manager].map((response) => receivedResponse(response)),
      waves: [{ number: 1, frozenAt: '2026-02-15T10:00:00.000Z' }],
    });
    const { user } = renderReport(review);
    expect(
      screen.getByText(/^Wave 1, frozen on .+: this report no longer changes\.$/),
    ).toBeVisible();
    expect(screen.queryByRole('combobox', { name: 'Wave' })).not.toBeInTheDocument();

    const late = raterResponse({ responseId: shortIdFor('late', 1), category: 'peer' });
    act(() => {
      useAppStore.getState().receiveResponse(late);
    });

    const wave = await screen.findByRole('combobox', { name: 'Wave' });
    expect(
      within(wave)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Wave 1', 'Wave 2']);
    expect(wave).toHaveValue('2');
    expect(
      screen.getByText('Wave 2, still collecting: this report changes as answers arrive.'),
    ).toBeVisible();
    expect(readRow(groupsTable(), 'Peers')).toEqual([
      'Peers',
      '1',
      'Withheld: too few to keep answers anonymous',
    ]);

    await user.selectOptions(wave, 'Wave 1');
    expect(readRow(groupsTable(), 'Peers')).toEqual(['Peers', '3', 'Shown as a group']);
    expect(screen.getByText(/^Wave 1, frozen on/)).toBeVisible();
  });

  it('lets a managing owner share the report as a file, which freezes the wave', async () => {
    // The browser's download is the edge here: keep the file instead of saving it.
    const files: Blob[] = [];
    class DownloadingUrl extends URL {
      static override createObjectURL(file: Blob) {
        files.push(file);
        return 'blob:report';
      }
      static override revokeObjectURL() {}
    }
    vi.stubGlobal('URL', DownloadingUrl);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const review = await createOwnedReview({
      ownerRole: 'manager',
      responses: [...peers(3), manager].map((response) => receivedResponse(response)),
    });
    const { user } = renderReport(review);

    await user.click(screen.getByRole('button', { name: 'Download the report for Ana Pérez' }));
    expect(
      await screen.findByText(
        'Report file downloaded and this wave frozen. Send the file to the person reviewed.',
      ),
    ).toBeVisible();
    expect(useAppStore.getState().reviews[0]?.waves).toMatchObject([{ number: 1 }]);
    expect(useAppStore.getState().reviews[0]?.waves[0]?.frozenAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const [file] = files;
    if (!file) throw new Error('nothing downloaded');
    const shared = parseSharedReport(await file.text());
    expect(shared).toMatchObject({ ok: true, value: { reviewId: review.id, wave: 1 } });
    expect(JSON.stringify(shared)).not.toContain('"answers"');
  });

  it('offers no sharing when the person reviewed runs the review', async () => {
    const review = await createOwnedReview({
      responses: [...peers(3), manager].map((response) => receivedResponse(response)),
    });
    renderReport(review);
    expect(
      screen.queryByRole('button', { name: /Download the report for/ }),
    ).not.toBeInTheDocument();
  });
});
