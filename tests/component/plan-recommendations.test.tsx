import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { builtInCatalog } from '../../src/content/catalog';
import { emptyPlan, type Goal } from '../../src/domain/plan/plan';
import { PlanPage } from '../../src/features/plan/plan-page';
import { PlanRoutes } from '../../src/features/plan/plan-routes';
import { useAppStore } from '../../src/stores/app-store';
import { assessmentWith, steadyRatings } from '../support/fixtures';
import { renderWithProviders, resetStores } from '../support/render';

/** Indices 25, 50, 75, 100 and 0: resilience, then presence, then strategy need work most. */
const result = assessmentWith('a1', '2026-03-01T10:00:00.000Z', steadyRatings);

function title(id: string): string {
  const entry = builtInCatalog.entries.find((candidate) => candidate.id === id);
  if (!entry) throw new Error(`no catalog entry ${id}`);
  return entry.title.en;
}

function recommendations() {
  return screen.getByRole('region', { name: 'Recommended next steps' });
}

function skillCards() {
  return within(recommendations()).getAllByRole('article');
}

function card(skill: string) {
  return within(recommendations()).getByRole('article', { name: skill });
}

function step(skill: string, entryId: string) {
  return within(card(skill)).getByRole('checkbox', {
    name: (name) => name.startsWith(title(entryId)),
  });
}

describe('the plan page’s recommendations', () => {
  beforeEach(resetStores);

  it('says recommendations come with results', () => {
    renderWithProviders(<PlanPage />, { route: '/plan' });
    expect(
      within(recommendations()).getByText('Recommendations appear here once you have results.'),
    ).toBeVisible();
    expect(within(recommendations()).queryAllByRole('checkbox')).toHaveLength(0);
  });

  it('opens and focuses the skill a 360 report links to', () => {
    useAppStore.setState({ assessments: [result] });
    renderWithProviders(<PlanPage />, { route: '/plan?skill=strategic-thinking', path: '/plan' });
    expect(card('Strategic thinking')).toBeVisible();
    expect(card('Resilience and adaptability')).not.toBeVisible();
    expect(document.activeElement).toHaveTextContent('Strategic thinking');
  });

  it('lists the three most urgent skills, each step saying why with the score', () => {
    useAppStore.setState({ assessments: [result] });
    renderWithProviders(<PlanPage />, { route: '/plan' });

    expect(skillCards().map((article) => article.getAttribute('aria-label'))).toEqual([
      'Resilience and adaptability',
      'Executive presence',
      'Strategic thinking',
    ]);
    const steps = within(card('Executive presence')).getAllByRole('checkbox');
    expect(steps.length).toBeGreaterThan(0);
    for (const box of steps) {
      expect(box).toHaveAccessibleName(
        /Because Executive presence scores 25 out of 100, below the 75 that executive readiness asks for\.$/,
      );
    }
    expect(
      within(card('Resilience and adaptability')).getAllByText(
        'Because Resilience and adaptability scores 0 out of 100, below the 75 that executive readiness asks for.',
      ),
    ).toHaveLength(within(card('Resilience and adaptability')).getAllByRole('checkbox').length);
    // 70-20-10: experiences first, formal learning last.
    const mixes = within(card('Executive presence'))
      .getAllByText(/^\((Experience|Learning from others|Formal learning) \(\d+\)\)$/)
      .map((hint) => hint.textContent);
    expect(mixes).toEqual([
      '(Experience (70))',
      '(Experience (70))',
      '(Learning from others (20))',
      '(Formal learning (10))',
    ]);
  });

  it('weights the priorities by what matters for the next role, naming the rating', async () => {
    useAppStore.setState({ assessments: [result] });
    const { user } = renderWithProviders(<PlanPage />, { route: '/plan' });
    // Drawn after the goals and the recommendations.
    const importance = await screen.findByRole('region', {
      name: 'What matters for the role you want next',
    });

    await user.selectOptions(
      within(importance).getByRole('combobox', { name: 'Financial and business acumen' }),
      '5 — Essential',
    );
    await user.selectOptions(
      within(importance).getByRole('combobox', { name: 'Strategic thinking' }),
      '1 — Nice to have',
    );

    expect(useAppStore.getState().plan.importance).toMatchObject({
      'business-acumen': 5,
      'strategic-thinking': 1,
    });
    expect(skillCards().map((article) => article.getAttribute('aria-label'))).toEqual([
      'Resilience and adaptability',
      'Executive presence',
      'Financial and business acumen',
    ]);
    expect(
      within(card('Financial and business acumen')).getAllByText(
        'Because you rated Financial and business acumen 5 out of 5 for the role you want next, and it scores 75 out of 100.',
      ).length,
    ).toBeGreaterThan(0);
  });

  it('takes the ticked steps to a new goal', async () => {
    useAppStore.setState({ assessments: [result] });
    const { user } = renderWithProviders(<PlanRoutes />, { route: '/plan', path: '/plan/*' });
    const makeGoal = within(card('Executive presence')).getByRole('button', {
      name: 'Make a goal with the ticked steps',
    });
    expect(makeGoal).toBeDisabled();

    await user.click(step('Executive presence', 'land-a-quick-win'));
    await user.click(step('Executive presence', 'gather-allies-early'));
    await user.click(step('Executive presence', 'land-a-quick-win'));
    await user.click(step('Executive presence', 'brief-senior-leaders'));
    await user.click(makeGoal);

    expect(await screen.findByRole('heading', { level: 1, name: 'New goal' })).toBeVisible();
    expect(screen.getByRole('combobox', { name: 'Skill' })).toHaveValue('executive-presence');
    const accepted = screen.getByRole('region', { name: 'Actions from your recommendations' });
    expect(
      within(accepted)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([title('brief-senior-leaders'), title('gather-allies-early')]);
  });

  it('adds ticked steps to the skill’s open goal', async () => {
    const goal: Goal = {
      id: 'g1',
      skill: 'resilience-adaptability',
      what: 'Recover faster from setbacks',
      measure: 'A new plan within a week of each setback',
      targetDate: '2099-01-01',
      createdAt: '2026-03-01T10:00:00.000Z',
      archivedAt: null,
      actions: [],
    };
    useAppStore.setState({ assessments: [result], plan: { ...emptyPlan, goals: [goal] } });
    const { user } = renderWithProviders(<PlanPage />, { route: '/plan' });
    // The page draws its goal first, then the recommendations below it.
    await screen.findByRole('region', { name: 'Recommended next steps' });
    const resilience = card('Resilience and adaptability');
    const [first, second] = within(resilience).getAllByRole('checkbox');
    if (!first || !second) throw new Error('expected two steps');
    const add = within(resilience).getByRole('button', {
      name: 'Add the ticked steps to “Recover faster from setbacks”',
    });
    expect(add).toBeDisabled();

    await user.click(first);
    await user.click(second);
    await user.click(add);

    expect(within(resilience).getByRole('status')).toHaveTextContent('2 steps added to your goal.');
    expect(first).not.toBeChecked();
    const actions = useAppStore.getState().plan.goals[0]?.actions ?? [];
    expect(actions).toHaveLength(2);
    for (const [index, action] of actions.entries()) {
      expect(action).toMatchObject({ status: 'not-started', dueDate: null, doneAt: null });
      expect(action.title).toBe(title(action.catalogId ?? ''));
      expect(
        within(resilience).getByRole('checkbox', { name: (name) => name.startsWith(action.title) }),
      ).toBe([first, second][index]);
    }
    expect(
      within(
        screen.getByRole('article', {
          name: 'Resilience and adaptability: Recover faster from setbacks',
        }),
      ).getAllByRole('listitem'),
    ).toHaveLength(2);
  });
});
