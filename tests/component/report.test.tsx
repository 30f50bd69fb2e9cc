import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReportPage } from '../../src/features/review/report/report-page';
import { renderWithProviders, resetStores } from '../support/render';
import {
  createOwnedReview,
  raterResponse,
  receivedResponse,
  responsesFrom,
  shortIdFor,
} from '../support/reviews';
import { manager, peers, renderReport, readRow, groupsTable, skillsTable } from './report-fixtures';

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
    expect(screen.getByRole('heading', { level: 1, name: '360° report' })).toBeVisible();
    expect(screen.getByText('This review is not in this browser')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Back to all reviews' })).toHaveAttribute(
      'href',
      '/reviews',
    );
  });

  it('shows peers as a group and the manager by role, with the skills table and comments', async () => {
    const review = await createOwnedReview({
      responses: [...peers(3), manager].map((response) => receivedResponse(response)),
    });
    renderReport(review);

    expect(screen.getByRole('heading', { level: 1, name: '360° report' })).toBeVisible();
    expect(screen.getByText('Ana Pérez', { exact: true })).toBeVisible();
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
});
