import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_SHARED_REPORT_CHARS } from '../../src/domain/review/shared-report-file';
import type { CatalogEntry } from '../../src/domain/plan/catalog';
import { emptyAdvocacyCase } from '../../src/domain/plan/plan';
import { CatalogEntryCard } from '../../src/features/plan/catalog-entry-card';
import { CatalogPage } from '../../src/features/plan/catalog-page';
import { ReviewRoutes } from '../../src/features/review/review-routes';
import { SettingsPage } from '../../src/features/settings/settings-page';
import { useAppStore } from '../../src/stores/app-store';
import { renderWithProviders, resetStores } from '../support/render';
import { createOwnedReview } from '../support/reviews';
import { tried, expectNoInjectedMarkup, readMailto } from './hostile-text-fixtures';

export function describeLinksAndFiles(): void {
  describe('links and files that try to get past the views', () => {
    beforeEach(resetStores);

    it.each([
      'javascript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'http://academy.example.com/',
      '//evil.example/',
      'https://trusted.example.org@evil.example/',
    ])('renders no link for a catalog address %j that reached the state unchecked', (url) => {
      tried.note('catalog card href');
      const entry: CatalogEntry = {
        id: 'org-entry',
        type: 'course',
        title: { en: 'A course' },
        summary: { en: 'Summary' },
        provider: null,
        skills: ['strategic-thinking'],
        level: 'advanced',
        effort: null,
        format: null,
        prerequisites: null,
        url,
      };
      const { container } = renderWithProviders(
        <CatalogEntryCard entry={entry} language="en" mixLabel="Formal" />,
      );

      expect(screen.queryByRole('link')).toBeNull();
      expectNoInjectedMarkup(container);
    });

    it('shows a review whose subject name holds half of a surrogate pair', async () => {
      tried.note('lone surrogate');
      const review = await createOwnedReview({ subjectName: 'Ana \uD83D Pérez' });
      useAppStore.setState({ reviews: [review] });
      renderWithProviders(<ReviewRoutes />, { route: `/reviews/${review.id}`, path: '/reviews/*' });

      const cards = await screen.findAllByRole('article');
      const mail = within(cards[0] ?? document.body).getByRole('link', { name: 'Send by email' });
      expect(readMailto(mail.getAttribute('href')).subject).toContain('Ana \uFFFD Pérez');
    });

    it('refuses a report file by its size before reading it', async () => {
      tried.note('file size');
      const file = new File(['{}'], 'report.json', { type: 'application/json' });
      Object.defineProperty(file, 'size', { value: MAX_SHARED_REPORT_CHARS + 1 });
      const read = vi.spyOn(file, 'text');
      const { user } = renderWithProviders(<ReviewRoutes />, {
        route: '/reviews',
        path: '/reviews/*',
      });
      await user.upload(screen.getByLabelText('Choose the report file'), file);

      expect(await screen.findByRole('alert')).toHaveTextContent(
        'This file is too large to be an Ascent report.',
      );
      expect(read).not.toHaveBeenCalled();
      expect(useAppStore.getState().sharedReports).toEqual([]);
    });

    it('says which backup version it found and which it reads, and changes nothing', async () => {
      tried.note('backup version');
      const before = useAppStore.getState();
      const { user } = renderWithProviders(<SettingsPage />, { route: '/settings' });
      const file = new File(['{"format":"ascent-backup","version":9}'], 'backup.json', {
        type: 'application/json',
      });
      await user.upload(screen.getByLabelText('Import a backup file'), file);

      expect(await screen.findByRole('alert')).toHaveTextContent(
        'This backup was made by a newer version of Ascent. Update the app, then import it again. The file is version 9; this app reads version 1.',
      );
      expect(useAppStore.getState().assessments).toBe(before.assessments);
    });

    it('says which limit a catalog went past, and changes nothing', async () => {
      tried.note('catalog limit');
      const { user } = renderWithProviders(<CatalogPage />, { route: '/plan/catalog' });
      const entry = {
        id: 'org-entry',
        type: 'course',
        title: { en: 'x'.repeat(601) },
        summary: { en: 'Summary' },
        provider: null,
        skills: ['strategic-thinking'],
        level: 'advanced',
        effort: null,
        format: null,
        prerequisites: null,
        url: null,
      };
      const file = new File([JSON.stringify({ version: '1', entries: [entry] })], 'catalog.json', {
        type: 'application/json',
      });
      await user.upload(screen.getByLabelText('Import a catalog file'), file);

      expect(await screen.findByRole('alert')).toHaveTextContent(
        'This catalog file does not match the format and was not imported (first problem at: entries.0.title.en). A text there is longer than 600 characters.',
      );
      expect(useAppStore.getState().plan.customCatalog).toBeNull();
      expect(useAppStore.getState().plan.advocacy).toEqual(emptyAdvocacyCase);
    });
  });
}
