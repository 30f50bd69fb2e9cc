import { screen, within } from '@testing-library/react';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { itemBank } from '../../src/content/item-bank';
import { createSharedReport } from '../../src/domain/review/shared-report';
import { MAX_SHARED_REPORT_CHARS } from '../../src/domain/review/shared-report-file';
import type { Catalog, CatalogEntry } from '../../src/domain/plan/catalog';
import { emptyAdvocacyCase, emptyPlan, type Goal } from '../../src/domain/plan/plan';
import type { RaterDraft } from '../../src/domain/review/rater-draft';
import { buildReviewReport } from '../../src/domain/review/review-report';
import { separateSelfResponse } from '../../src/domain/review/review-raters';
import { AdvocacyPage } from '../../src/features/plan/advocacy-page';
import { CatalogEntryCard } from '../../src/features/plan/catalog-entry-card';
import { CatalogPage } from '../../src/features/plan/catalog-page';
import { PlanPage } from '../../src/features/plan/plan-page';
import { RespondPage } from '../../src/features/respond/respond-page';
import { SentResponse } from '../../src/features/respond/sent-response';
import { ReviewRoutes } from '../../src/features/review/review-routes';
import { SettingsPage } from '../../src/features/settings/settings-page';
import { useAppStore } from '../../src/stores/app-store';
import { createTryCounter, hostileStrings } from '../unit/security/hostile-strings';
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

const tried = createTryCounter();

afterAll(() => {
  console.log(tried.summary('Hostile text in the views'));
});

/** Accessible names fold some whitespace: compare with every run of it as one space. */
const spaced = (text: string) => text.replace(/\s+/g, ' ').trim();
const named = (expected: string) => (name: string) => spaced(name) === spaced(expected);

/**
 * The page shows the text as text: it is in the DOM verbatim, and nothing it spells out became an
 * element, an event handler or a link anywhere but the app's own places.
 */
function expectShownAsText(container: HTMLElement, text: string, surface: string): void {
  tried.note(surface);
  const fieldValues = [...container.querySelectorAll('textarea, input')].map((field) =>
    field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement ? field.value : '',
  );
  // A form field's value has its line breaks as LF, whatever was stored.
  const asFieldValue = text.replace(/\r\n?/g, '\n');
  const isShown = container.textContent.includes(text) || fieldValues.includes(asFieldValue);
  expect(isShown, `${surface} shows ${JSON.stringify(text)}`).toBe(true);
  expectNoInjectedMarkup(container);
}

function expectNoInjectedMarkup(container: HTMLElement): void {
  const injected =
    'script, img, iframe, object, embed, image, foreignObject, style, link, base, meta';
  expect(container.querySelectorAll(injected)).toHaveLength(0);
  for (const element of container.querySelectorAll('*')) {
    expect(element.getAttributeNames().filter((name) => name.startsWith('on'))).toEqual([]);
  }
  for (const link of container.querySelectorAll('a[href]')) {
    expect(link.getAttribute('href')).toMatch(/^(?:https:\/\/|mailto:|\/(?!\/)|#)/);
  }
}

/** The parts of a mailto link; fails unless it is exactly a recipient, a subject and a body. */
function readMailto(href: string | null) {
  const match = /^mailto:([^?&#\s]*)\?subject=([^&#\s]*)&body=([^&#\s]*)$/.exec(href ?? '');
  if (!match) throw new Error(`not a plain mailto link: ${String(href)}`);
  const [, to = '', subject = '', body = ''] = match;
  return {
    to: decodeURIComponent(to),
    subject: decodeURIComponent(subject),
    body: decodeURIComponent(body),
  };
}

describe.each(hostileStrings)('the text %j', (text) => {
  beforeEach(resetStores);

  it('is shown as text to a rater: subject, message and who asks', async () => {
    const review = await createOwnedReview({ subjectName: text, message: text });
    const code = await packedInvitation(review, 'peer', { ownerName: text });
    const { container } = renderWithProviders(<RespondPage />, { route: `/respond#${code}` });

    expect(
      await screen.findByRole('heading', { level: 1, name: named(`Feedback for ${text}`) }),
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
    expect(
      await screen.findByRole('heading', { level: 1, name: named(`360° report: ${text}`) }),
    ).toBeVisible();
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
    expect(
      screen.getByRole('heading', { level: 1, name: named(`360° report: ${text}`) }),
    ).toBeVisible();
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
