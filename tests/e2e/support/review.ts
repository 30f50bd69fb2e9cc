import { randomBytes, webcrypto } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, BrowserContextOptions, Locator, Page } from '@playwright/test';
import type { OwnedReview } from '../../../src/domain/review/owned-review';
import type { RaterCategory, RaterResponse } from '../../../src/domain/review/review';
import type { RaterAnswer } from '../../../src/domain/instrument/scale';
import { escapeRegExp, mainHeading, type T } from './app';
import {
  cspViolations,
  expect,
  foreignRequests,
  test as guarded,
  watchContext,
  type ContextWatch,
} from './fixtures';
import {
  INSTRUMENT_VERSION,
  ITEMS_PER_SKILL,
  formatNumber,
  itemIds,
  itemNumber,
  skills,
  type Rating,
} from './instrument';
import { translator, type Lang } from './locales';
import { DATA_KEY } from './storage';

export { expect };
export type { RaterAnswer, RaterCategory };

/* ------------------------------------------------------------------------------------------ */
/* People: the owner uses the project's guarded `page`; everyone else gets their own browser. */
/* ------------------------------------------------------------------------------------------ */

/** Someone with their own browser (context): their own storage, their own service worker. */
export interface Person {
  name: string;
  context: BrowserContext;
  page: Page;
}

/** Opens a separate browser context for `name`, watched like the owner's (see fixtures.ts). */
export type OpenBrowser = (name: string, options?: BrowserContextOptions) => Promise<Person>;

interface Watched extends ContextWatch {
  person: Person;
}

/**
 * The project's `test`, plus `openBrowser`: every rater or reviewed person works in a context of
 * their own, with the project's device, language and clock settings. The same checks as the
 * owner's page apply to each: no request to another origin, no CSP report, no uncaught error.
 */
export const test = guarded.extend<{ openBrowser: OpenBrowser }>({
  openBrowser: async (
    {
      browser,
      baseURL,
      locale,
      timezoneId,
      viewport,
      userAgent,
      deviceScaleFactor,
      isMobile,
      hasTouch,
      colorScheme,
      serviceWorkers,
    },
    use,
    testInfo,
  ) => {
    const origin = new URL(baseURL ?? 'http://localhost:4173').origin;
    const watched: Watched[] = [];
    await use(async (name, options = {}) => {
      const context = await browser.newContext({
        baseURL,
        locale,
        timezoneId,
        viewport,
        userAgent,
        deviceScaleFactor,
        isMobile,
        hasTouch,
        colorScheme,
        serviceWorkers,
        ...options,
      });
      const entry: Watched = {
        person: { name, context, page: await context.newPage() },
        ...watchContext(context),
      };
      watched.push(entry);
      return entry.person;
    });

    for (const { person } of watched) await person.context.close();
    const failed = testInfo.status !== testInfo.expectedStatus;
    const problems = watched.map(({ person, requests, messages, pageErrors }) => {
      return {
        person: person.name,
        foreign: foreignRequests(requests, origin),
        csp: cspViolations(messages),
        pageErrors,
        requests,
        messages,
      };
    });
    for (const entry of problems) {
      const hasProblem =
        entry.foreign.length + entry.csp.length + entry.pageErrors.length > 0 || failed;
      if (hasProblem) {
        await testInfo.attach(`${entry.person}.json`, {
          body: JSON.stringify({ requests: entry.requests, console: entry.messages }, null, 2),
          contentType: 'application/json',
        });
      }
    }
    expect(
      problems.map(({ person, foreign, csp, pageErrors }) => ({
        person,
        foreign,
        csp,
        pageErrors,
      })),
      `other people's browsers: requests to origins other than ${origin}, CSP reports, page errors`,
    ).toEqual(problems.map(({ person }) => ({ person, foreign: [], csp: [], pageErrors: [] })));
  },
});

/* ------------------------------------------------------------------------------------------ */
/* Answer patterns and the report's arithmetic, written from the rules the report states.      */
/* ------------------------------------------------------------------------------------------ */

/** One answer per item, by skill then item; 0 is "Not observed", null leaves an item open. */
export type Sheet = readonly (readonly (RaterAnswer | null)[])[];

/**
 * A rater who gives one rating per skill (so a skill mean is that rating); `notObserved` lists
 * [skillIndex, itemIndex] pairs answered "Not observed", which must leave those means unchanged.
 */
export function perSkill(
  ratings: readonly Rating[],
  notObserved: readonly (readonly [number, number])[] = [],
): Sheet {
  return skills.map((_, skillIndex) =>
    Array.from({ length: ITEMS_PER_SKILL }, (_unused, itemIndex): RaterAnswer => {
      const skipped = notObserved.some(([s, i]) => s === skillIndex && i === itemIndex);
      return skipped ? 0 : (ratings[skillIndex] ?? 3);
    }),
  );
}

/** The items' answers as stored in a response: { 'ep-1': 4, … }. */
export function toRaterAnswers(sheet: Sheet): Partial<Record<string, RaterAnswer>> {
  const answers: Partial<Record<string, RaterAnswer>> = {};
  skills.forEach((skill, skillIndex) => {
    itemIds(skill).forEach((id, itemIndex) => {
      const answer = sheet[skillIndex]?.[itemIndex];
      if (answer !== undefined && answer !== null) answers[id] = answer;
    });
  });
  return answers;
}

const MIN_RATED_PER_SKILL = 3;
const TOLERANCE = 1e-9;

function average(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, v) => sum + v, 0) / values.length;
}

/** A rater's skill mean over the items rated 1–5, or null below 3 of 6 rated. */
export function skillMean(sheet: Sheet, skillIndex: number): number | null {
  const ratings = (sheet[skillIndex] ?? []).filter(
    (answer): answer is Rating => answer !== null && answer !== 0,
  );
  return ratings.length < MIN_RATED_PER_SKILL ? null : average(ratings);
}

export interface ReportOracle {
  threshold: number;
  self: Sheet | null;
  managers: readonly Sheet[];
  /** The groups the report shows on their own, in category order, with their label. */
  groups: readonly { label: string; raters: readonly Sheet[] }[];
}

/**
 * The "By skill" table as the report's rules describe it: means of rater means; "Others" joins
 * the shown groups but never the manager; gap = self − others; blind spot / hidden strength at
 * 0.5; agreement high from 3.5; spread as population SD and range, disagreement at 1 or 2.
 */
export function expectedSkillRows(oracle: ReportOracle, lang: Lang = 'en'): string[][] {
  const t = translator(lang);
  const fmt = (value: number | null) => (value === null ? '—' : formatNumber(value, lang, 2));
  const signed = (value: number) =>
    new Intl.NumberFormat(lang, {
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
      signDisplay: 'exceptZero',
    }).format(value);
  const means = (sheets: readonly Sheet[], skillIndex: number) =>
    sheets.flatMap((sheet) => {
      const value = skillMean(sheet, skillIndex);
      return value === null ? [] : [value];
    });
  return skills.map((skill, skillIndex) => {
    const self = oracle.self === null ? null : skillMean(oracle.self, skillIndex);
    const manager = average(means(oracle.managers, skillIndex));
    const groups = oracle.groups.map((group) => means(group.raters, skillIndex));
    const othersMeans = groups.filter((m) => m.length >= oracle.threshold).flat();
    const others = average(othersMeans);
    const gap = self !== null && others !== null ? self - others : null;
    let gapText = '—';
    let agreement = '—';
    if (gap !== null && others !== null) {
      const isBlind = gap >= 0.5 - TOLERANCE;
      const isHidden = -gap >= 0.5 - TOLERANCE;
      gapText = `${signed(gap)}${isBlind ? ` · ${t('report.blindSpot')}` : ''}${isHidden ? ` · ${t('report.hiddenStrength')}` : ''}`;
      const type = isBlind
        ? 'over-rater'
        : isHidden
          ? 'under-rater'
          : others >= 3.5 - TOLERANCE
            ? 'in-agreement-high'
            : 'in-agreement-low';
      agreement = t(`report.agreementType.${type}`);
    }
    let spread = '—';
    if (others !== null) {
      const sd = Math.sqrt(average(othersMeans.map((v) => (v - others) ** 2)) ?? 0);
      const range = Math.max(...othersMeans) - Math.min(...othersMeans);
      const disagree = sd >= 1 - TOLERANCE || range >= 2 - TOLERANCE;
      spread = `${t('report.spreadValue', { sd: fmt(sd), range: fmt(range) })}${disagree ? ` · ${t('report.disagreement')}` : ''}`;
    }
    return [
      t(`skills.${skill}.name`),
      fmt(self),
      fmt(manager),
      ...groups.map((m) => (m.length >= oracle.threshold ? fmt(average(m)) : t('report.tooFew'))),
      others === null
        ? '—'
        : t('report.othersValue', { mean: fmt(others), count: othersMeans.length }),
      gapText,
      agreement,
      spread,
    ];
  });
}

/* ------------------------------------------------------------------------------------------ */
/* The owner: creating a review, its invitation links, adding responses.                        */
/* ------------------------------------------------------------------------------------------ */

export interface ReviewSpec {
  subject: string;
  ownerRole: 'subject' | 'manager';
  categories: readonly RaterCategory[];
  message?: string;
  email?: string;
}

const allCategories = ['self', 'manager', 'peer', 'direct-report', 'other'] as const;

/** Fills in /reviews/new as a person would and returns the new review's id. */
export async function createReview(page: Page, t: T, spec: ReviewSpec): Promise<string> {
  await page.goto('/reviews/new');
  await expect(mainHeading(page, t('review.newTitle'))).toBeVisible();
  await page.getByRole('textbox', { name: t('review.subjectName') }).fill(spec.subject);
  const role = spec.ownerRole === 'subject' ? 'review.ownerSubject' : 'review.ownerManager';
  await page.getByRole('radio', { name: t(role), exact: true }).check();
  const groups = page.getByRole('group', { name: t('review.categories'), exact: true });
  for (const category of allCategories) {
    const box = groups.getByRole('checkbox', { name: t(`categories.${category}`), exact: true });
    if (category === 'self' && spec.ownerRole === 'subject') {
      await expect(box, 'the subject never invites a "Self" rater').toHaveCount(0);
      continue;
    }
    await box.setChecked(spec.categories.includes(category));
  }
  // The form's labels also hold their hints, counters and errors, so a field's accessible name
  // only starts with its label text.
  if (spec.message !== undefined) {
    await page.getByRole('textbox', { name: t('review.message') }).fill(spec.message);
  }
  if (spec.email !== undefined) {
    await page.getByRole('textbox', { name: t('review.ownerEmail') }).fill(spec.email);
  }
  await page.getByRole('button', { name: t('review.create'), exact: true }).click();
  await expect(page).toHaveURL(/\/reviews\/[\w-]{22}$/);
  await expect(mainHeading(page, t('review.title', { name: spec.subject }))).toBeVisible();
  const id = new URL(page.url()).pathname.split('/').pop();
  if (id === undefined) throw new Error(`no review id in ${page.url()}`);
  return id;
}

/** An invitation card, named by its group ("Peers", "Manager", …). */
export function invitationCard(page: Page, t: T, category: RaterCategory): Locator {
  return page.getByRole('article', { name: t(`categories.${category}`), exact: true });
}

export function invitationLinkBox(page: Page, t: T, category: RaterCategory): Locator {
  return page.getByRole('textbox', {
    name: t('invite.linkLabel', { who: t(`categories.${category}`) }),
    exact: true,
  });
}

/** Reads a group's invitation link from the review page, once it has been packed. */
export async function readInvitationUrl(
  page: Page,
  t: T,
  category: RaterCategory,
): Promise<string> {
  const box = invitationLinkBox(page, t, category);
  await expect(box).toHaveValue(/\/respond#I[\w-]+$/);
  return box.inputValue();
}

/** A text whose `{{date}}` depends on the clock: matched as a pattern, everything else exact. */
export function withAnyDate(t: T, key: string, vars: Record<string, string | number> = {}): RegExp {
  const marker = '\u0000';
  const parts = t(key, { ...vars, date: marker })
    .split(marker)
    .map(escapeRegExp);
  return new RegExp(`^${parts.join('.+')}$`);
}

export async function expectReviewStatus(
  page: Page,
  t: T,
  key: 'review.open' | 'review.frozen',
  wave: number,
): Promise<void> {
  // The facts list: <dt>Status</dt><dd>…</dd>.
  await expect(
    page.getByRole('definition').filter({ hasText: withAnyDate(t, key, { wave }) }),
  ).toBeVisible();
}

function pasteBox(page: Page, t: T): Locator {
  return page.getByRole('textbox', { name: t('collect.pasteLabel'), exact: true });
}

/**
 * Pastes a response link into "Add responses" and waits until it has been handled (the box
 * empties then), so a message equal to the previous one is never read too early.
 */
export async function pasteResponse(page: Page, t: T, text: string): Promise<void> {
  const box = pasteBox(page, t);
  await box.fill(text);
  await page.getByRole('button', { name: t('collect.add'), exact: true }).click();
  await expect(box).toHaveValue('');
}

/** The owner opens a response link: /collect adds it at once and drops the code from the address. */
export async function openResponseLink(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page).toHaveURL(/\/collect$/);
}

export function addedMessage(page: Page, t: T, subject: string, wave: number): Locator {
  return page.getByRole('status').filter({ hasText: t('collect.added', { name: subject, wave }) });
}

/** The app's stored data (the one localStorage entry), or null. */
export async function storedData(page: Page): Promise<string | null> {
  return page.evaluate((key) => localStorage.getItem(key), DATA_KEY);
}

/* ------------------------------------------------------------------------------------------ */
/* Raters.                                                                                      */
/* ------------------------------------------------------------------------------------------ */

export interface RaterView {
  t: T;
  /** The person reviewed. */
  subject: string;
  /** The "Self" invitation of a manager-run review: its statements speak as "I". */
  isSelf?: boolean;
}

/** The radio group of one statement, named by its legend: "7. Alex frames …". */
export function raterItemGroup(
  page: Page,
  view: RaterView,
  skillIndex: number,
  itemIndex: number,
): Locator {
  const skill = skills[skillIndex];
  const id = skill === undefined ? undefined : itemIds(skill)[itemIndex];
  if (id === undefined) throw new Error(`no item ${itemIndex} in skill ${skillIndex}`);
  const statement = view.isSelf
    ? view.t(`items.${id}.self`)
    : view.t(`items.${id}.rater`, { name: view.subject });
  return page.getByRole('group', {
    name: `${itemNumber(skillIndex, itemIndex)}. ${statement}`,
    exact: true,
  });
}

/** The option's label: 1–5 as frequencies (5 is worded for the rater), or "Not observed". */
export function answerLabel(view: RaterView, answer: RaterAnswer): string {
  if (answer === 0) return view.t('scale.notObserved');
  if (answer === 5 && view.isSelf !== true) return view.t('scale.5rater');
  return view.t(`scale.${answer}`);
}

export function raterHeading(page: Page, view: RaterView): Locator {
  return mainHeading(
    page,
    view.isSelf
      ? view.t('respond.selfTitle')
      : view.t('respond.raterTitle', { name: view.subject }),
  );
}

export async function openInvitation(page: Page, url: string, view: RaterView): Promise<void> {
  await page.goto(url);
  await expect(raterHeading(page, view)).toBeVisible();
}

/** Answers every item of `sheet` by clicking its labelled option. */
export async function answerItems(page: Page, view: RaterView, sheet: Sheet): Promise<void> {
  for (const [skillIndex, answers] of sheet.entries()) {
    for (const [itemIndex, answer] of answers.entries()) {
      if (answer === null) continue;
      const group = raterItemGroup(page, view, skillIndex, itemIndex);
      await group.getByRole('radio', { name: answerLabel(view, answer), exact: true }).check();
    }
  }
}

export interface Comments {
  strength?: string;
  develop?: string;
}

export async function writeComments(
  page: Page,
  view: RaterView,
  comments: Comments,
): Promise<void> {
  // The comment prompts name the person reviewed.
  const name = view.subject;
  if (comments.strength !== undefined) {
    await page
      .getByRole('textbox', { name: view.t('respond.strength', { name }), exact: true })
      .fill(comments.strength);
  }
  if (comments.develop !== undefined) {
    await page
      .getByRole('textbox', { name: view.t('respond.develop', { name }), exact: true })
      .fill(comments.develop);
  }
}

/** The page after sealing; returns the sealed response link it shows. */
export async function readSealedLink(page: Page, t: T): Promise<string> {
  await expect(mainHeading(page, t('respond.sentTitle'))).toBeVisible();
  const box = page.getByRole('textbox', { name: t('respond.responseLink'), exact: true });
  await expect(box).toHaveValue(/\/collect#R[\w-]+$/);
  return box.inputValue();
}

export async function seal(page: Page, t: T): Promise<string> {
  await page.getByRole('button', { name: t('respond.send'), exact: true }).click();
  return readSealedLink(page, t);
}

/**
 * The whole rater visit in English: open the link, answer, comment, seal; returns the link. The
 * "Self" link has no comment boxes (the self view is ratings only), which this checks.
 */
export async function respond(
  page: Page,
  url: string,
  who: Omit<RaterView, 't'>,
  sheet: Sheet,
  comments: Comments = {},
): Promise<string> {
  const view: RaterView = { t: translator('en'), ...who };
  await openInvitation(page, url, view);
  await answerItems(page, view, sheet);
  if (who.isSelf === true) {
    await expect(page.getByRole('heading', { name: view.t('respond.commentsTitle') })).toHaveCount(
      0,
    );
  } else {
    await writeComments(page, view, comments);
  }
  return seal(page, view.t);
}

/* ------------------------------------------------------------------------------------------ */
/* The report.                                                                                  */
/* ------------------------------------------------------------------------------------------ */

export function radarFigure(page: Page, t: T, subject: string): Locator {
  const title = t('report.radarTitle', { name: subject });
  return page.getByRole('img', { name: t('results.chartAlt', { title }), exact: true });
}

/** Waits until the report's radar chart has been drawn. */
export async function expectRadarDrawn(page: Page, t: T, subject: string): Promise<void> {
  await expect(radarFigure(page, t, subject)).toBeVisible();
  await expect(page.getByText(t('results.chartLoading'))).toHaveCount(0);
  await expect(page.getByText(t('results.chartFailed'))).toHaveCount(0);
}

export async function openReport(
  page: Page,
  t: T,
  reviewId: string,
  subject: string,
): Promise<void> {
  await page.goto(`/reviews/${reviewId}/report`);
  await expect(mainHeading(page, t('report.title', { name: subject }))).toBeVisible();
  await expectRadarDrawn(page, t, subject);
}

export function groupsTable(page: Page, t: T, threshold = 3): Locator {
  return page.getByRole('table', { name: t('report.groupsCaption', { threshold }), exact: true });
}

/** "Who answered": every group with its count and how the report shows it. */
export async function expectWhoAnswered(
  page: Page,
  t: T,
  rows: Partial<Record<RaterCategory, readonly [number, string]>>,
  threshold = 3,
): Promise<void> {
  const table = groupsTable(page, t, threshold);
  const expected = allCategories.map((category) => {
    const [count, status] = rows[category] ?? [0, 'no-responses'];
    return [t(`categories.${category}`), String(count), t(`report.visibility.${status}`)];
  });
  const bodyRows = table.getByRole('row').filter({ has: page.getByRole('rowheader') });
  await expect(bodyRows).toHaveCount(expected.length);
  for (const [index, [name, count, status]] of expected.entries()) {
    const row = bodyRows.nth(index);
    await expect(row.getByRole('rowheader')).toHaveText(name ?? '');
    await expect(row.getByRole('cell')).toHaveText([count ?? '', status ?? '']);
  }
}

export function skillTable(page: Page, t: T): Locator {
  return page.getByRole('table', { name: t('report.skillsCaption'), exact: true });
}

/** Checks the "By skill" table's columns and every figure against the oracle. */
export async function expectSkillTable(page: Page, t: T, oracle: ReportOracle): Promise<void> {
  const table = skillTable(page, t);
  await expect(table.getByRole('columnheader')).toHaveText([
    t('results.colSkill'),
    t('report.self'),
    t('report.manager'),
    ...oracle.groups.map((group) => group.label),
    t('report.others'),
    t('report.gap'),
    t('report.agreement'),
    t('report.spread'),
  ]);
  const rows = table.getByRole('row').filter({ has: page.getByRole('rowheader') });
  const expected = expectedSkillRows(oracle);
  await expect(rows).toHaveCount(expected.length);
  for (const [index, [skillName, ...cells]] of expected.entries()) {
    await expect(rows.nth(index).getByRole('rowheader')).toHaveText(skillName ?? '');
    await expect(rows.nth(index).getByRole('cell')).toHaveText(cells);
  }
}

export function commentsRegion(page: Page, t: T): Locator {
  return page.getByRole('region', { name: t('report.commentsTitle'), exact: true });
}

/** A comment list under its heading ("Strengths to keep", "Manager: things to develop", …). */
export function commentList(page: Page, t: T, headingKey: string): Locator {
  return commentsRegion(page, t)
    .getByRole('heading', { name: t(headingKey), exact: true })
    .locator('xpath=following-sibling::ul[1]');
}

/* ------------------------------------------------------------------------------------------ */
/* Seeded reviews, for the pages whose look (not whose arithmetic) a test is about.            */
/* ------------------------------------------------------------------------------------------ */

function randomId(bytes: number): string {
  return randomBytes(bytes).toString('base64url');
}

/** A real P-256 key pair, in the shapes the app stores: raw public point and a bare JWK. */
async function ownerKeys(): Promise<Pick<OwnedReview, 'publicKey' | 'privateKeyJwk'>> {
  const pair = await webcrypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, [
    'deriveBits',
  ]);
  const raw = new Uint8Array(await webcrypto.subtle.exportKey('raw', pair.publicKey));
  const jwk = await webcrypto.subtle.exportKey('jwk', pair.privateKey);
  const { x, y, d } = jwk;
  if (x === undefined || y === undefined || d === undefined) throw new Error('incomplete JWK');
  return {
    publicKey: Buffer.from(raw).toString('base64url'),
    privateKeyJwk: { kty: 'EC', crv: 'P-256', x, y, d },
  };
}

export interface SeededResponse {
  category: RaterCategory;
  sheet: Sheet;
  strength?: string;
  develop?: string;
}

/** A date `days` from today, as the due-date field holds it. */
export function isoDateIn(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** A review as its owner's browser would hold it after collecting `responses` in wave 1. */
export async function seededReview(
  spec: Omit<ReviewSpec, 'email'> & { responses?: readonly SeededResponse[] },
): Promise<OwnedReview> {
  const id = randomId(16);
  const now = new Date().toISOString();
  const responses = (spec.responses ?? []).map((seed) => {
    const response: RaterResponse = {
      responseId: randomId(8),
      reviewId: id,
      category: seed.category,
      answers: toRaterAnswers(seed.sheet),
      strength: seed.strength ?? '',
      develop: seed.develop ?? '',
      raterName: '',
      language: 'en',
      instrumentVersion: INSTRUMENT_VERSION,
    };
    return { response, receivedAt: now, wave: 1 };
  });
  return {
    id,
    createdAt: now,
    subjectName: spec.subject,
    ownerRole: spec.ownerRole,
    ownerEmail: '',
    dueDate: isoDateIn(14),
    message: spec.message ?? '',
    threshold: 3,
    categories: [...spec.categories],
    language: 'en',
    instrumentVersion: INSTRUMENT_VERSION,
    ...(await ownerKeys()),
    namedRaters: [],
    selfAssessmentId: null,
    responses,
    waves: [{ number: 1, frozenAt: null }],
  };
}

/* ------------------------------------------------------------------------------------------ */
/* Accessibility and layout.                                                                    */
/* ------------------------------------------------------------------------------------------ */

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe in the light and then the dark color scheme; both must be free of violations. */
export async function expectNoAxeViolations(page: Page, screen: string): Promise<void> {
  const found: Record<string, unknown[]> = {};
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(
      colorScheme === 'dark',
    );
    const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
    found[colorScheme] = results.violations.map((violation) => ({
      rule: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
  }
  await page.emulateMedia({ colorScheme: 'light' });
  expect(found, `axe violations on ${screen}`).toEqual({ light: [], dark: [] });
}

export async function expectNoHorizontalScroll(page: Page, screen: string): Promise<void> {
  const size = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(size.clientWidth).toBe(360);
  expect(size.scrollWidth, `${screen} is wider than the 360 px screen`).toBeLessThanOrEqual(
    size.clientWidth,
  );
}
