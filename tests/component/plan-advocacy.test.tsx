import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyAdvocacyCase, emptyPlan } from '../../src/domain/plan/plan';
import { AdvocacyPage } from '../../src/features/plan/advocacy-page';
import { useAppStore } from '../../src/stores/app-store';
import { renderWithProviders, resetStores } from '../support/render';

function advocacy() {
  return useAppStore.getState().plan.advocacy;
}

function section(name: string) {
  return screen.getByRole('region', { name });
}

describe('the case for the role', () => {
  beforeEach(resetStores);

  it('saves every list as it is typed', async () => {
    const { user } = renderWithProviders(<AdvocacyPage />, { route: '/plan/case' });

    const portfolio = section('Learning portfolio review');
    await user.click(within(portfolio).getByRole('button', { name: 'Add a program' }));
    const program = within(portfolio).getByRole('group', { name: 'Program 1' });
    await user.type(within(program).getByRole('textbox', { name: 'Program' }), 'Onboarding');
    await user.type(within(program).getByRole('textbox', { name: 'Who runs it' }), 'HR');
    await user.type(within(program).getByRole('textbox', { name: 'Gaps' }), 'No budgeting');

    const wins = section('Quick wins');
    await user.click(within(wins).getByRole('button', { name: 'Add a quick win' }));
    await user.type(within(wins).getByRole('textbox', { name: 'Quick win' }), 'Merge two courses');

    const objectives = section('Business objectives and the metrics learning moves');
    await user.click(within(objectives).getByRole('button', { name: 'Add an objective' }));
    await user.type(
      within(objectives).getByRole('textbox', { name: 'Metric it moves' }),
      'Retention',
    );

    const allies = section('Allies and sponsors');
    await user.click(within(allies).getByRole('button', { name: 'Add an ally or sponsor' }));
    await user.type(within(allies).getByRole('textbox', { name: 'Name' }), 'Dana');
    await user.type(
      within(allies).getByRole('textbox', { name: 'Role, and whether ally or sponsor' }),
      'CFO, sponsor',
    );

    await user.type(
      screen.getByRole('textbox', { name: /^“What's the value\?”/ }),
      'Forty hours a quarter saved',
    );

    expect(advocacy()).toEqual({
      portfolio: [{ program: 'Onboarding', owner: 'HR', overlap: '', gaps: 'No budgeting' }],
      quickWins: ['Merge two courses'],
      objectives: [{ objective: '', programs: '', metric: 'Retention' }],
      allies: [{ name: 'Dana', role: 'CFO, sponsor', kind: 'ally' }],
      objections: { needAnother: '', notReady: '', value: 'Forty hours a quarter saved' },
    });
    // …and kept in this browser's storage, as the rest of the plan is.
    const saved: unknown = JSON.parse(localStorage.getItem('ascent:data') ?? 'null');
    expect(saved).toMatchObject({ state: { plan: { advocacy: advocacy() } } });
  });

  it('shows what was saved and removes the row asked for', async () => {
    useAppStore.setState({
      plan: {
        ...emptyPlan,
        advocacy: {
          ...emptyAdvocacyCase,
          quickWins: ['First win', 'Second win', 'Third win'],
          objections: { needAnother: 'It saves the VPs time', notReady: '', value: '' },
        },
      },
    });
    const { user } = renderWithProviders(<AdvocacyPage />, { route: '/plan/case' });
    const wins = section('Quick wins');
    expect(
      within(wins)
        .getAllByRole('textbox')
        .map((box) => (box as HTMLTextAreaElement).value),
    ).toEqual(['First win', 'Second win', 'Third win']);
    expect(
      screen.getByRole('textbox', { name: /^“We don't need another executive\.”/ }),
    ).toHaveValue('It saves the VPs time');

    await user.click(within(wins).getByRole('button', { name: 'Remove Quick win 2' }));
    expect(advocacy().quickWins).toEqual(['First win', 'Third win']);
    expect(within(wins).getAllByRole('group')).toHaveLength(2);
    const second = within(wins).getByRole('group', { name: 'Quick win 2' });
    expect(within(second).getByRole('textbox', { name: 'Quick win' })).toHaveValue('Third win');
  });

  it('prints the brief', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const { user } = renderWithProviders(<AdvocacyPage />, { route: '/plan/case' });
    await user.click(screen.getByRole('button', { name: 'Print the one-page brief' }));
    expect(print).toHaveBeenCalledOnce();
  });
});
