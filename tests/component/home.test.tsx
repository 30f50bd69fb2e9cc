import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { itemBank } from '../../src/content/item-bank';
import { HomePage } from '../../src/features/home/home-page';
import { useAppStore } from '../../src/stores/app-store';
import { renderWithProviders, resetStores } from '../support/render';

describe('the home page', () => {
  beforeEach(resetStores);

  it('says what Ascent does and what happens to the data', () => {
    renderWithProviders(<HomePage />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'How ready are you for an executive learning role?',
    );
    expect(screen.getByText(/Everything you enter stays in this browser/)).toBeVisible();
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(5);
    expect(screen.getByRole('link', { name: 'Start the self-assessment' })).toBeVisible();
  });

  it('offers to resume an assessment in progress', () => {
    useAppStore.getState().startDraft(itemBank.version);
    useAppStore.getState().answerItem('ep-1', 3, 'executive-presence');
    renderWithProviders(<HomePage />);
    expect(screen.getByRole('link', { name: 'Resume your self-assessment' })).toBeVisible();
    expect(screen.getByText('You have answered 1 of 30 items.')).toBeVisible();
  });
});
