import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { ITEM_BANK_VERSION } from '../../src/content/item-bank';
import { AssessmentRoutes } from '../../src/features/assessment/assessment-routes';
import { RespondPage } from '../../src/features/respond/respond-page';
import { useAppStore } from '../../src/stores/app-store';
import { renderWithProviders, resetStores } from '../support/render';
import { createOwnedReview, packedInvitation } from '../support/reviews';

const oldSelf = /I ask for feedback on my own work and act on what I hear\./;
const newSelf = /I ask colleagues for feedback on my own work\./;

function openResilienceStep() {
  renderWithProviders(<AssessmentRoutes />, {
    route: '/assessment/resilience-adaptability',
    path: '/assessment/*',
  });
}

describe('statements reworded in 2026.2', () => {
  beforeEach(resetStores);

  it('asks a draft started on 2026.1 the wording it started with', () => {
    useAppStore.getState().startDraft('2026.1');
    openResilienceStep();
    expect(screen.getByText(oldSelf)).toBeInTheDocument();
    expect(screen.queryByText(newSelf)).not.toBeInTheDocument();
  });

  it('asks a new draft the current wording', () => {
    useAppStore.getState().startDraft(ITEM_BANK_VERSION);
    openResilienceStep();
    expect(screen.getByText(newSelf)).toBeInTheDocument();
    expect(screen.queryByText(oldSelf)).not.toBeInTheDocument();
  });

  it('asks a rater holding a 2026.1 invitation the statements it was sent with', async () => {
    const review = await createOwnedReview({ instrumentVersion: '2026.1' });
    renderWithProviders(<RespondPage />, {
      route: `/respond#${await packedInvitation(review, 'peer')}`,
    });
    expect(
      await screen.findByText(
        /Ana Pérez asks for feedback on their own work and acts on what they hear\./,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Ana Pérez asks colleagues for feedback/)).not.toBeInTheDocument();
  });

  it('asks a rater holding a current invitation the current wording', async () => {
    const review = await createOwnedReview();
    renderWithProviders(<RespondPage />, {
      route: `/respond#${await packedInvitation(review, 'peer')}`,
    });
    expect(
      await screen.findByText(/Ana Pérez asks colleagues for feedback on their own work\./),
    ).toBeInTheDocument();
  });
});
