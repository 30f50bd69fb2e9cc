import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { itemBank } from '../../src/content/item-bank';
import { createSharedReport } from '../../src/domain/review/shared-report';
import type { Catalog, CatalogEntry } from '../../src/domain/plan/catalog';
import { emptyPlan, type Goal } from '../../src/domain/plan/plan';
import type { RaterDraft } from '../../src/domain/review/rater-draft';
import { buildReviewReport } from '../../src/domain/review/review-report';
import { separateSelfResponse } from '../../src/domain/review/review-raters';
import { AdvocacyPage } from '../../src/features/plan/advocacy-page';
import { CatalogPage } from '../../src/features/plan/catalog-page';
import { PlanPage } from '../../src/features/plan/plan-page';
import { RespondPage } from '../../src/features/respond/respond-page';
import { SentResponse } from '../../src/features/respond/sent-response';
import { ReviewRoutes } from '../../src/features/review/review-routes';
import { useAppStore } from '../../src/stores/app-store';
import { hostileStrings } from '../unit/security/hostile-strings';
import { renderWithProviders, resetStores } from '../support/render';
import {
  REVIEW_ID,
  createOwnedReview,
  invitationFor,
  packedInvitation,
  raterResponse,
  receivedResponse,
  responsesFrom,
  shortIdFor,
} from '../support/reviews';
import { named, expectShownAsText, readMailto } from './hostile-text-fixtures';

export function describeHostileTextInViews(): void {
  describe.each(hostileStrings)('the text %j', (text) => {
    beforeEach(resetStores);

    it('is shown as text to a rater: subject, message and who asks', async () => {
      const review = await createOwnedReview({ subjectName: text, message: text });
      const code = await packedInvitation(review, 'peer', { ownerName: text });
      const { container } = renderWithProviders(<RespondPage />, { route: `/respond#${code}` });

      expect(
        await screen.findByRole('heading', { level: 2, name: named(`Feedback for ${text}`) }),
      ).toBeVisible();
      expectShownAsText(container, text, 'rater page');
    });

    it('is shown as text to the owner: review page, report, names and comments', async () => {
      const peers = responsesFrom('peer', [3, 4, 5], (index) => ({
        strength: text,
        develop: text,
        raterName: index === 0 ? text : '',
      }));
      const manager = raterResponse({
        responseId: shortIdFor('manager', 1),
        category: 'manager',
        strength: text,
        develop: text,
      });
      const review = await createOwnedReview({
        subjectName: text,
        message: text,
        ownerName: text,
        namedRaters: [{ id: shortIdFor('named', 1), name: text, category: 'peer' }],
        responses: [...peers, manager].map((response) => receivedResponse(response)),
      });
      useAppStore.setState({ reviews: [review] });

      const page = renderWithProviders(<ReviewRoutes />, {
        route: `/reviews/${review.id}`,
        path: '/reviews/*',
      });
      const card = await screen.findByRole('article', { name: named(`${text} (Peers)`) });
      expectShownAsText(page.container, text, 'review page');
      const mail = within(card).getByRole('link', { name: 'Send by email' });
      const parts = readMailto(mail.getAttribute('href'));
      expect(parts.to).toBe('');
      expect(parts.subject).not.toMatch(/[\r\n]/);
      expect(parts.body).toContain(text.replace(/\r\n|\r|\n/g, '\r\n'));
      page.unmount();

      const report = renderWithProviders(<ReviewRoutes />, {
        route: `/reviews/${review.id}/report`,
        path: '/reviews/*',
      });
      expect(await screen.findByRole('heading', { level: 1, name: '360° report' })).toBeVisible();
      expect(report.container.textContent.split(text).length).toBeGreaterThan(8);
      expectShownAsText(report.container, text, 'report page');
      report.unmount();

      const list = renderWithProviders(<ReviewRoutes />, { route: '/reviews', path: '/reviews/*' });
      expectShownAsText(list.container, text, 'reviews list');
    });

    it('is shown as text in a report shared with the subject', () => {
      const { others } = separateSelfResponse(
        responsesFrom('peer', [3, 4, 5], () => ({ strength: text, develop: text })),
      );
      const report = buildReviewReport({
        bank: itemBank,
        self: null,
        responses: others,
        threshold: 3,
        seed: 'shared',
      });
      const shared = createSharedReport({
        reviewId: REVIEW_ID,
        subjectName: text,
        wave: 1,
        report,
        now: new Date('2026-03-02T15:00:00.000Z'),
      });
      useAppStore.setState({ sharedReports: [shared] });

      const page = renderWithProviders(<ReviewRoutes />, {
        route: `/reviews/shared/${REVIEW_ID}/1`,
        path: '/reviews/*',
      });
      expect(screen.getByRole('heading', { level: 1, name: '360° report' })).toBeVisible();
      expectShownAsText(page.container, text, 'shared report');
    });

    it('is shown as text in the plan, the case for the role and an imported catalog', () => {
      const goal: Goal = {
        id: 'goal-1',
        skill: 'strategic-thinking',
        what: text,
        measure: text,
        targetDate: '2099-06-30',
        createdAt: '2026-01-10T09:00:00.000Z',
        archivedAt: null,
        actions: [
          {
            id: 'action-1',
            title: text,
            catalogId: null,
            status: 'in-progress',
            notes: text,
            dueDate: null,
            doneAt: null,
          },
        ],
      };
      const entry: CatalogEntry = {
        id: 'org-entry',
        type: 'program',
        title: { en: text },
        summary: { en: text },
        provider: text,
        skills: ['strategic-thinking'],
        level: 'advanced',
        effort: { en: text },
        format: { en: text },
        prerequisites: { en: text },
        url: 'https://academy.example.com/program',
      };
      const catalog: Catalog = { version: 'org-1', entries: [entry] };
      useAppStore.setState({
        plan: {
          ...emptyPlan,
          goals: [goal],
          advocacy: {
            portfolio: [{ program: text, owner: text, overlap: text, gaps: text }],
            quickWins: [text],
            objectives: [{ objective: text, programs: text, metric: text }],
            allies: [{ name: text, role: text, kind: 'sponsor' }],
            objections: { needAnother: text, notReady: text, value: text },
          },
          customCatalog: { mode: 'replace', catalog },
        },
      });

      const plan = renderWithProviders(<PlanPage />, { route: '/plan' });
      expect(
        screen.getByRole('heading', { level: 3, name: named(`Strategic thinking: ${text}`) }),
      ).toBeVisible();
      expectShownAsText(plan.container, text, 'plan page');
      plan.unmount();

      const brief = renderWithProviders(<AdvocacyPage />, { route: '/plan/case' });
      const asFieldValue = text.replace(/\r\n?/g, '\n');
      // Four portfolio fields, a quick win, three objective fields, two ally fields, three answers.
      expect(
        screen.getAllByDisplayValue(asFieldValue, { normalizer: (value) => value }),
      ).toHaveLength(13);
      expectShownAsText(brief.container, text, 'printed brief');
      brief.unmount();

      const page = renderWithProviders(<CatalogPage />, { route: '/plan/catalog' });
      expectShownAsText(page.container, text, 'catalog page');
      expect(
        within(screen.getByRole('article')).getByRole('link', { name: /^Official site: / }),
      ).toHaveAttribute('href', 'https://academy.example.com/program');
    });

    it('is shown as text after a rater sends their answers, and cannot reach the mail headers', async () => {
      const review = await createOwnedReview({ subjectName: text });
      const draft: RaterDraft = {
        invitation: invitationFor(review, 'peer', {
          ownerEmail: 'owner@example.org?cc=attacker@evil.example',
        }),
        answers: {},
        strength: '',
        develop: '',
        raterName: '',
        includeName: false,
        updatedAt: '2026-02-05T08:00:00.000Z',
        sentCode: 'AAAA',
      };
      const { container } = renderWithProviders(<SentResponse draft={draft} />, {
        route: '/respond',
      });

      expectShownAsText(container, text, 'sent answers');
      const parts = readMailto(
        screen.getByRole('link', { name: 'Email it to the owner' }).getAttribute('href'),
      );
      expect(parts.to).toBe('');
      expect(parts.subject).not.toMatch(/[\r\n]/);
    });
  });
}
