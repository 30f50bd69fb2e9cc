import { buildTeamState } from '../support/team-state';
import { storedEntries } from '../support/heavy-state';
import { mainHeading } from './support/app';
import { expect, test } from './support/fixtures';
import { translator } from './support/locales';
import { countPdfPages, flatText, pdfPageText } from './support/pdf';
import { DATA_KEY, seedRaw } from './support/storage';

const en = translator('en');
const es = translator('es');

/** The team at the scale the app is measured at; its first person's review is in Spanish. */
function teamWithSpanishReview() {
  const state = buildTeamState();
  const [first, ...rest] = state.reviews;
  if (!first) throw new Error('the team has people');
  const review = { ...first, language: 'es' as const };
  return { state: { ...state, reviews: [review, ...rest] }, review };
}

test('the conversation guide opens from the team page in the person’s language and prints on at most two A4 pages', async ({
  page,
}) => {
  const { state, review } = teamWithSpanishReview();
  await seedRaw(page, storedEntries(state)[DATA_KEY] ?? '');
  await page.goto('/reviews/team');
  await page
    .getByRole('table', { name: en('team.rowsCaption') })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: review.subjectName, exact: true }) })
    .getByRole('link', { name: en('team.guide.link') })
    .click();

  const title = es('team.guide.title', { name: review.subjectName });
  await expect(mainHeading(page, title)).toBeVisible();
  await expect(page.getByRole('heading', { name: es('team.guide.questionsTitle') })).toBeVisible();
  // The app itself stays in English: only the guide follows the person's language.
  await expect(page.getByRole('link', { name: en('nav.home'), exact: true })).toBeVisible();

  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4' });
  const pages = countPdfPages(pdf);
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(pages).toBeLessThanOrEqual(2);
  const text = flatText(
    Array.from({ length: pages }, (_, i) => pdfPageText(pdf, i + 1)).join('\n'),
  );
  for (const key of [
    'team.guide.strengthsTitle',
    // The seeded person has not rated themselves: one heading says there is nothing to compare.
    'team.guide.gapsTitle',
    'team.guide.questionsTitle',
    'team.guide.questions.open',
    'team.guide.questions.close',
    'team.guide.stepsTitle',
  ] as const) {
    expect(text).toContain(es(key));
  }
  expect(text).toContain(title);
  expect(text).not.toContain(es('team.guide.print'));
  expect(text).not.toContain(en('nav.home'));
});
