import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { SettingsPage } from '../../src/features/settings/settings-page';
import { createBackup } from '../../src/storage/backup';
import { useAppStore } from '../../src/stores/app-store';
import { emptyPersistedState } from '../../src/stores/persisted-state';
import { makeGoal, makePlan } from '../unit/domain/plan/plan-fixtures';
import { assessmentWith, steadyRatings } from '../support/fixtures';
import { renderWithProviders, resetStores } from '../support/render';

const existing = assessmentWith('here', '2026-02-01T08:00:00.000Z', steadyRatings);
const imported = assessmentWith('there', '2026-03-01T08:00:00.000Z', steadyRatings);

function backupFile(text: string): File {
  return new File([text], 'backup.json', { type: 'application/json' });
}

describe('the settings page', () => {
  beforeEach(() => {
    resetStores();
    useAppStore.setState({ assessments: [existing] });
  });

  it('imports a backup, adding only what is new', async () => {
    const { user } = renderWithProviders(<SettingsPage />, { route: '/settings' });
    const backup = createBackup(
      { ...emptyPersistedState, assessments: [existing, imported] },
      new Date('2026-04-01T00:00:00.000Z'),
    );
    await user.upload(
      screen.getByLabelText('Import a backup file'),
      backupFile(JSON.stringify(backup)),
    );
    expect(await screen.findByText('Imported 1 new result.')).toBeVisible();
    expect(useAppStore.getState().assessments.map((a) => a.id)).toEqual(['here', 'there']);

    await user.upload(
      screen.getByLabelText('Import a backup file'),
      backupFile(JSON.stringify(backup)),
    );
    expect(
      await screen.findByText('The file holds nothing that is not already here.'),
    ).toBeVisible();
    expect(useAppStore.getState().assessments).toHaveLength(2);
  });

  it('refuses a backup that, added to what is here, would pass a limit, and changes nothing', async () => {
    const goals = (prefix: string) =>
      Array.from({ length: 60 }, (_, index) =>
        makeGoal({ id: `${prefix}${String(index).padStart(3, '0')}` }),
      );
    useAppStore.setState({ plan: makePlan(goals('here-goal-')) });
    const before = JSON.stringify(useAppStore.getState().plan);
    const backup = createBackup(
      { ...emptyPersistedState, assessments: [imported], plan: makePlan(goals('back-goal-')) },
      new Date('2026-04-01T00:00:00.000Z'),
    );
    const { user } = renderWithProviders(<SettingsPage />, { route: '/settings' });
    await user.upload(
      screen.getByLabelText('Import a backup file'),
      backupFile(JSON.stringify(backup)),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Together, this backup and the data in this browser hold more than Ascent can keep',
    );
    expect(JSON.stringify(useAppStore.getState().plan)).toBe(before);
    expect(useAppStore.getState().assessments).toEqual([existing]);
  });

  it.each([
    ['{not json', 'This file is not an Ascent backup: it is not valid JSON.'],
    ['{"hello":"world"}', 'This file is not an Ascent backup.'],
    [
      '{"format":"ascent-backup","version":9}',
      'This backup was made by a newer version of Ascent. Update the app, then import it again.',
    ],
    [
      '{"format":"ascent-backup","version":1,"exportedAt":"2026-01-01T00:00:00.000Z","data":{"assessments":[{"id":""}]}}',
      'This backup is damaged and was not imported',
    ],
  ])('refuses %s with a clear message and changes nothing', async (text, message) => {
    const { user } = renderWithProviders(<SettingsPage />, { route: '/settings' });
    await user.upload(screen.getByLabelText('Import a backup file'), backupFile(text));
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(useAppStore.getState().assessments).toEqual([existing]);
  });

  it('deletes all data only after confirmation', async () => {
    const { user } = renderWithProviders(<SettingsPage />, { route: '/settings' });
    await user.click(screen.getByRole('button', { name: 'Delete all data' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete all data?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete everything' }));
    expect(useAppStore.getState().assessments).toEqual([]);
    expect(screen.getByText('All data was deleted.')).toBeVisible();
  });

  it('remembers the chosen language', async () => {
    const { user } = renderWithProviders(<SettingsPage />, { route: '/settings' });
    const [picker] = screen.getAllByRole('combobox', { name: 'Language' });
    if (!picker) throw new Error('no language picker');
    await user.selectOptions(picker, 'fr');
    // Saved once the French texts are here: a language that cannot come is not remembered.
    await waitFor(() => expect(useAppStore.getState().settings.language).toBe('fr'));
  });
});
