import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { itemBank } from '../../src/content/item-bank';
import type { CompletedAssessment } from '../../src/domain/assessment/assessment';
import { HistoryPage } from '../../src/features/history/history-page';
import { useAppStore } from '../../src/stores/app-store';
import { assessmentWith, steadyRatings } from '../support/fixtures';
import { renderWithProviders, resetStores } from '../support/render';

/** Everything "Sometimes" on the 2026.1 wording, except a reworded statement answered "Rarely". */
const onOldBank: CompletedAssessment = {
  id: 'old',
  completedAt: '2026-01-10T09:00:00.000Z',
  instrumentVersion: '2026.1',
  answers: {
    ...Object.fromEntries(itemBank.items.map((item) => [item.id, 2])),
    'ra-4': 1,
  },
};
/** Resilience now answered "Consistently" throughout, and one unchanged statement moved 2 → 4. */
const onNewBank: CompletedAssessment = {
  id: 'new',
  completedAt: '2026-07-10T09:00:00.000Z',
  instrumentVersion: itemBank.version,
  answers: {
    ...Object.fromEntries(
      itemBank.items.map((item) => [item.id, item.skill === 'resilience-adaptability' ? 5 : 2]),
    ),
    'dd-1': 4,
  },
};

function cells(table: HTMLElement, rowName: RegExp) {
  return within(within(table).getByRole('row', { name: rowName }))
    .getAllByRole('cell')
    .map((cell) => cell.textContent);
}

describe('the history compare section', () => {
  beforeEach(resetStores);

  it('reads a small move as within the noise and says how large a real change must be', () => {
    useAppStore.setState({
      assessments: [
        assessmentWith('a', '2026-01-10T09:00:00.000Z', { ...steadyRatings, 'business-acumen': 3 }),
        assessmentWith('b', '2026-07-10T09:00:00.000Z', { ...steadyRatings, 'business-acumen': 4 }),
      ],
    });
    renderWithProviders(<HistoryPage />, { route: '/history' });
    const table = screen.getByRole('table', { name: /Change per skill/ });
    expect(cells(table, /business acumen/)).toEqual(['50', '75', '+25', 'within the noise']);
    expect(screen.getByText(/larger than the noise .* about 31 points/)).toBeInTheDocument();
  });

  it('compares results on different versions only on the statements both share', () => {
    useAppStore.setState({ assessments: [onOldBank, onNewBank] });
    renderWithProviders(<HistoryPage />, { route: '/history' });
    expect(
      screen.getByText(
        /different versions of the statements \(2026\.1 and 2026\.2\)\. 9 statements/,
      ),
    ).toBeInTheDocument();
    const table = screen.getByRole('table', { name: /Change per skill/ });
    // ra-2, ra-4 and ra-6 were reworded: the skill is compared on ra-1, ra-3 and ra-5 (2 → 5).
    expect(cells(table, /Resilience/)).toEqual([
      '25',
      '100',
      '+75',
      'real rise (on 3 of 6 statements)',
    ]);
  });

  it('lists the statements whose answer moved most, leaving reworded ones out', () => {
    useAppStore.setState({ assessments: [onOldBank, onNewBank] });
    renderWithProviders(<HistoryPage />, { route: '/history' });
    const table = screen.getByRole('table', { name: /Largest changes in your answers/ });
    const statements = within(table)
      .getAllByRole('rowheader')
      .map((header) => header.textContent);
    expect(statements).toEqual([
      'I change my approach when business needs shift, instead of holding on to the standard method.',
      'I return to the work with a new plan within days of a setback.',
      'I keep my team focused on priorities during change or uncertainty.',
      'I define how success will be measured before a learning initiative starts.',
    ]);
    expect(cells(table, /I define how success/)).toEqual(['2', '4', '+2']);
  });
});
