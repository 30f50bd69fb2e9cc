import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { itemBank } from '../../src/content/item-bank';
import { buildReviewReport } from '../../src/domain/review/review-report';
import { separateSelfResponse } from '../../src/domain/review/review-raters';
import { createSharedReport, type SharedReport } from '../../src/domain/review/shared-report';
import { ReviewRoutes } from '../../src/features/review/review-routes';
import { useAppStore } from '../../src/stores/app-store';
import { renderWithProviders, resetStores } from '../support/render';
import { REVIEW_ID, SUBJECT, raterResponse, responsesFrom } from '../support/reviews';

function sharedReport(): SharedReport {
  const { others } = separateSelfResponse([
    ...responsesFrom('peer', [3, 4, 5], (index) => ({ strength: `Strength ${String(index + 1)}` })),
    raterResponse({ category: 'manager', strength: 'Sets a clear direction' }),
  ]);
  const report = buildReviewReport({
    bank: itemBank,
    self: null,
    responses: others,
    threshold: 3,
    seed: `${REVIEW_ID}:1`,
  });
  return createSharedReport({
    reviewId: REVIEW_ID,
    subjectName: SUBJECT,
    wave: 1,
    report,
    now: new Date('2026-03-02T15:00:00.000Z'),
  });
}

function reportFile(text: string, name = 'ascent-report-wave-1.json'): File {
  return new File([text], name, { type: 'application/json' });
}

function renderReviews() {
  return renderWithProviders(<ReviewRoutes />, { route: '/reviews', path: '/reviews/*' });
}

function importButton() {
  return screen.getByLabelText('Choose the report file');
}

describe('importing a shared report', () => {
  beforeEach(resetStores);

  it('imports a valid file, lists it and opens it read-only', async () => {
    const shared = sharedReport();
    const { user } = renderReviews();
    expect(screen.queryByRole('heading', { name: 'Reports shared with you' })).toBeNull();

    await user.upload(importButton(), reportFile(JSON.stringify(shared, null, 2)));

    expect(await screen.findByRole('status')).toHaveTextContent('The report was imported.');
    expect(useAppStore.getState().sharedReports).toEqual([shared]);
    const list = screen.getByRole('region', { name: 'Reports shared with you' });
    const entry = within(list).getByRole('link', { name: /^Ana Pérez — wave 1, shared / });
    expect(entry).toHaveAttribute('href', `/reviews/shared/${REVIEW_ID}/1`);

    await user.click(entry);
    expect(await screen.findByRole('heading', { level: 1, name: '360° report' })).toBeVisible();
    expect(screen.getByText('Ana Pérez', { exact: true })).toBeVisible();
    expect(screen.getByText(/^Shared with you: wave 1, frozen on /)).toBeVisible();
    expect(screen.getByRole('table', { name: /^Mean ratings by skill/ })).toBeVisible();
    expect(screen.getByText('Sets a clear direction')).toBeVisible();
  });

  it('says so when the same report is imported again', async () => {
    const text = JSON.stringify(sharedReport());
    const { user } = renderReviews();
    await user.upload(importButton(), reportFile(text));
    await screen.findByText('The report was imported.');
    await user.upload(importButton(), reportFile(text));

    expect(await screen.findByRole('status')).toHaveTextContent('This report is already here.');
    expect(useAppStore.getState().sharedReports).toHaveLength(1);
  });

  it.each([
    {
      file: 'text that is not JSON',
      text: () => 'not json {',
      message: 'This file is not an Ascent report: it is not valid JSON.',
    },
    {
      file: 'another JSON file',
      text: () => JSON.stringify({ format: 'ascent-backup', version: 1 }),
      message: 'This file is not an Ascent report.',
    },
    {
      file: 'a report from a newer app',
      text: () => JSON.stringify({ ...sharedReport(), version: 99 }),
      message:
        'This report was made by a newer version of Ascent. Update the app, then import it again.',
    },
    {
      file: 'a report with a missing part',
      text: () => JSON.stringify({ ...sharedReport(), report: { threshold: 3 } }),
      message: 'This report file is damaged and was not imported.',
    },
    {
      file: 'a report that lowers the threshold below 3',
      text: () => {
        const shared = sharedReport();
        return JSON.stringify({ ...shared, report: { ...shared.report, threshold: 2 } });
      },
      message: 'This report file is damaged and was not imported.',
    },
  ])('refuses $file with a translated message and stores nothing', async ({ text, message }) => {
    const { user } = renderReviews();
    await user.upload(importButton(), reportFile(text()));

    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(useAppStore.getState().sharedReports).toEqual([]);
    expect(screen.queryByRole('region', { name: 'Reports shared with you' })).toBeNull();
  });
});
