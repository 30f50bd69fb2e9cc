import { act, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseSharedReport } from '../../src/domain/review/shared-report-file';
import { useAppStore } from '../../src/stores/app-store';
import { resetStores } from '../support/render';
import { createOwnedReview, raterResponse, receivedResponse, shortIdFor } from '../support/reviews';
import { manager, peers, renderReport, readRow, groupsTable } from './report-fixtures';

describe('the review report: waves and sharing', () => {
  beforeEach(resetStores);
  afterEach(() => {
    vi.unstubAllGlobals();
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
