import { screen } from '@testing-library/react';
import i18next from 'i18next';
import { beforeEach, describe, expect, it } from 'vitest';
import frPages from '../../src/locales/fr/pages.json';
import frShell from '../../src/locales/fr/shell.json';
import { buildConversationGuide } from '../../src/features/review/team/conversation-guide';
import { TeamGuidePage } from '../../src/features/review/team/team-guide-page';
import { useAppStore } from '../../src/stores/app-store';
import { renderWithProviders, resetStores } from '../support/render';
import { many, teamReview } from '../unit/domain/team/team-fixtures';

const path = '/reviews/team/:id/guide';

async function storeTeam(language: 'en' | 'fr', { withSelf = true } = {}) {
  const review = await teamReview(
    1,
    'Ana Pérez',
    [...(withSelf ? many('self', [5]) : []), ...many('peer', [3, 3, 2])],
    { language },
  );
  useAppStore.setState({
    reviews: [review],
    teams: [
      {
        id: 'TeamIdAAAAA',
        name: 'Produit',
        createdAt: '2026-01-05T09:00:00.000Z',
        reviewIds: [review.id],
      },
    ],
  });
  return review;
}

describe('the conversation guide', () => {
  beforeEach(resetStores);

  it('speaks the language of the person’s review, not the app’s', async () => {
    i18next.addResourceBundle('fr', 'translation', { ...frShell, ...frPages }, true, true);
    const review = await storeTeam('fr');
    renderWithProviders(<TeamGuidePage />, { route: `/reviews/team/${review.id}/guide`, path });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Guide d’entretien : Ana Pérez' }),
    ).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Questions à poser' })).toBeVisible();
    expect(
      screen.getByText('Qu’attendiez-vous de ce rapport, et qu’est-ce qui vous a surpris ?'),
    ).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Angles morts à explorer' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Imprimer le guide' })).toBeVisible();
    expect(screen.getByRole('article')).toHaveAttribute('lang', 'fr');
    expect(i18next.language).toBe('en');
  });

  it('says once, under one heading, that views cannot be compared without a self-rating', async () => {
    const review = await storeTeam('en', { withSelf: false });
    renderWithProviders(<TeamGuidePage />, { route: `/reviews/team/${review.id}/guide`, path });

    expect(
      await screen.findByRole('heading', { name: 'Blind spots and hidden strengths' }),
    ).toBeVisible();
    expect(
      screen.getAllByText(
        'Ana Pérez has not rated themselves in this wave, so the report cannot compare views.',
      ),
    ).toHaveLength(1);
    expect(screen.queryByRole('heading', { name: 'Blind spots to explore' })).toBeNull();
  });

  it('lists the plan’s steps, each under its skill', async () => {
    const review = await storeTeam('en');
    renderWithProviders(<TeamGuidePage />, { route: `/reviews/team/${review.id}/guide`, path });

    expect(
      await screen.findByRole('heading', { name: 'Development steps the plan recommends' }),
    ).toBeVisible();
    const { steps } = buildConversationGuide(review);
    expect(steps.length).toBeGreaterThan(0);
    for (const step of steps) {
      const skill = i18next.t(`skills.${step.skill}.name`);
      expect(screen.getByText(`${skill}: ${step.entry.title.en}`)).toBeVisible();
    }
  });

  it('says what to do when the person is not in the team', () => {
    renderWithProviders(<TeamGuidePage />, { route: '/reviews/team/nobody/guide', path });

    expect(
      screen.getByRole('heading', { level: 1, name: 'No such person in your team' }),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Back to the team' })).toHaveAttribute(
      'href',
      '/reviews/team',
    );
  });
});
