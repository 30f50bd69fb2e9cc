import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { StorageBanner } from '../../src/features/storage-status/storage-banner';
import { useStorageHealthStore } from '../../src/stores/storage-health-store';
import { renderWithProviders, resetStores } from '../support/render';

describe('the storage banner', () => {
  beforeEach(resetStores);

  it('stays silent while storage is healthy', () => {
    renderWithProviders(<StorageBanner />);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('offers the damaged data for download, or a fresh start', async () => {
    localStorage.setItem('ascent:quarantine:ascent:data:2026', '{broken');
    useStorageHealthStore.getState().report('quarantined');
    const { user } = renderWithProviders(<StorageBanner />);
    expect(await screen.findByText('Some saved data could not be read')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Download the damaged data' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Discard it and continue' }));
    expect(localStorage.getItem('ascent:quarantine:ascent:data:2026')).toBeNull();
    expect(screen.queryByText('Some saved data could not be read')).not.toBeInTheDocument();
  });

  it('explains a full storage as an error that keeps earlier data', async () => {
    useStorageHealthStore.getState().report('full');
    renderWithProviders(<StorageBanner />);
    expect(await screen.findByRole('alert')).toHaveTextContent('Everything saved before is intact');
  });

  it('warns before storage runs short and points to the backup in Settings', async () => {
    useStorageHealthStore.getState().report('nearly-full');
    renderWithProviders(<StorageBanner />);
    expect(await screen.findByText('Storage is nearly full')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Export a backup in Settings' })).toHaveAttribute(
      'href',
      '/settings',
    );
  });

  it('tells of data from a newer version without offering to overwrite it', async () => {
    useStorageHealthStore.getState().report('newer-version');
    renderWithProviders(<StorageBanner />);
    expect(
      await screen.findByText('Your data was saved by a newer version of Ascent'),
    ).toBeVisible();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
