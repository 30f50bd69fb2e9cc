import { mainHeading } from './support/app';
import { expect, test } from './support/fixtures';
import { escapeRegExp, translator } from './support/locales';
import {
  builtInCatalog,
  entryTitle,
  planPattern,
  recommendationCard,
  stepCheckbox,
  type Catalog,
} from './support/plan';
import { completedAssessment, readStorage, seedState } from './support/storage';

const t = translator('en');

const orgCatalog: Catalog = {
  version: 'acme-2026.2',
  entries: [
    {
      id: 'acme-board-briefing',
      type: 'experience',
      title: { en: 'Brief the Acme board on one learning investment' },
      summary: { en: 'Take ten minutes of a board meeting to present one program and its result.' },
      provider: null,
      skills: ['executive-presence'],
      level: 'foundational',
      effort: null,
      format: null,
      prerequisites: null,
      url: null,
    },
    {
      id: 'acme-presence-workshop',
      type: 'course',
      title: { en: 'Acme Academy presence workshop' },
      summary: { en: 'Two days of practice speaking to senior audiences, with video feedback.' },
      provider: 'Acme Academy',
      skills: ['executive-presence', 'strategic-thinking'],
      level: 'foundational',
      effort: { en: 'Two days' },
      format: { en: 'In person' },
      prerequisites: null,
      url: 'https://academy.example.com/presence',
    },
  ],
};

function catalogFile(name: string, catalog: unknown) {
  return { name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(catalog)) };
}

/** The same catalog with one field of the first entry changed. */
function brokenCatalog(field: string, value: unknown): unknown {
  const [first, ...rest] = orgCatalog.entries;
  return { ...orgCatalog, entries: [{ ...first, [field]: value }, ...rest] };
}

test('the catalog filters by skill and type, takes an organization catalog and refuses bad files', async ({
  page,
}) => {
  await seedState(page, {
    assessments: [completedAssessment('plan-catalog', '2026-03-01T09:00:00.000Z', planPattern)],
  });
  await page.goto('/plan/catalog');
  await expect(mainHeading(page, t('plan.catalog.title'))).toBeVisible();
  const entries = page.getByRole('main').getByRole('article');
  const count = page.getByRole('status').filter({ hasText: /^\d+ entr/ });
  const all = builtInCatalog.entries;
  await expect(entries).toHaveCount(all.length);
  await expect(count).toHaveText(t('plan.catalog.count', { count: all.length }));

  // Filters narrow the list.
  const skillFilter = page.getByRole('combobox', {
    name: t('plan.catalog.filterSkill'),
    exact: true,
  });
  const typeFilter = page.getByRole('combobox', {
    name: t('plan.catalog.filterType'),
    exact: true,
  });
  const forPresence = all.filter((entry) => entry.skills.includes('executive-presence'));
  await skillFilter.selectOption({ label: t('skills.executive-presence.name') });
  await expect(entries).toHaveCount(forPresence.length);
  await expect(count).toHaveText(t('plan.catalog.count', { count: forPresence.length }));
  expect(forPresence.length).toBeLessThan(all.length);
  for (const entry of forPresence.slice(0, 3)) {
    await expect(
      entries.filter({ has: page.getByRole('heading', { name: entryTitle(entry.id, 'en') }) }),
    ).toContainText(t('skills.executive-presence.name'));
  }
  const relationships = forPresence.filter((entry) => entry.type === 'relationship');
  await typeFilter.selectOption({ label: t('plan.catalog.types.relationship') });
  await expect(entries).toHaveCount(relationships.length);
  await expect(entries.getByRole('heading')).toHaveText(
    relationships.map((entry) => entryTitle(entry.id, 'en')),
  );
  await skillFilter.selectOption({ label: t('plan.catalog.allSkills') });
  await typeFilter.selectOption({ label: t('plan.catalog.allTypes') });
  await expect(entries).toHaveCount(all.length);

  // An organization's catalog replaces the built-in one.
  const importButton = page.getByLabel(t('plan.catalog.import'), { exact: true });
  await page.getByRole('radio', { name: t('plan.catalog.replace'), exact: true }).check();
  await importButton.setInputFiles(catalogFile('acme.json', orgCatalog));
  await expect(
    page.getByRole('status').filter({ hasText: t('plan.catalog.imported', { count: 2 }) }),
  ).toBeVisible();
  const orgTitles = orgCatalog.entries.map((entry) => entry.title.en);
  await expect(entries.getByRole('heading')).toHaveText(orgTitles);
  await expect(
    page.getByText(t('plan.catalog.current', { count: 2, version: orgCatalog.version })),
  ).toBeVisible();
  await expect(
    page.getByRole('link', { name: t('plan.catalog.officialSite', { title: orgTitles[1] ?? '' }) }),
  ).toHaveAttribute('href', 'https://academy.example.com/presence');

  // The recommendations draw on it.
  await page.goto('/plan');
  const presence = recommendationCard(page, t, 'executive-presence');
  await expect(presence.getByRole('checkbox')).toHaveCount(2);
  for (const title of orgTitles) await expect(stepCheckbox(presence, title)).toBeVisible();
  await expect(stepCheckbox(presence, entryTitle('land-a-quick-win', 'en'))).toHaveCount(0);

  // Files that do not match are refused, and nothing changes.
  await page.goto('/plan/catalog');
  await expect(entries.getByRole('heading')).toHaveText(orgTitles);
  const before = await readStorage(page);
  const invalidMessage = (path: string, problem: 'not-allowed' | 'not-https') =>
    new RegExp(
      `^${escapeRegExp(`${t('plan.catalog.errors.invalid', { detail: path })} ${t(`files.problems.${problem}`)}`)}$`,
    );
  const refusals: { file: ReturnType<typeof catalogFile>; message: RegExp }[] = [
    {
      file: catalogFile('wrong-type.json', brokenCatalog('type', 'webinar')),
      message: invalidMessage('entries.0.type', 'not-allowed'),
    },
    {
      file: catalogFile('plain-http.json', brokenCatalog('url', 'http://academy.example.com/x')),
      message: invalidMessage('entries.0.url', 'not-https'),
    },
    {
      file: catalogFile('script.json', brokenCatalog('url', 'javascript:alert(1)')),
      message: invalidMessage('entries.0.url', 'not-https'),
    },
    {
      file: { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{ nope') },
      message: new RegExp(`^${escapeRegExp(t('plan.catalog.errors.not-json'))}$`),
    },
  ];
  for (const refusal of refusals) {
    await importButton.setInputFiles(refusal.file);
    await expect(page.getByRole('alert')).toHaveText(refusal.message);
    await expect(entries.getByRole('heading')).toHaveText(orgTitles);
    expect(await readStorage(page)).toEqual(before);
  }
  // Back to the built-in catalog.
  await page.getByRole('button', { name: t('plan.catalog.useBuiltIn'), exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: t('plan.catalog.reset') })).toBeVisible();
  await expect(entries).toHaveCount(all.length);
  await expect(
    page.getByText(t('plan.catalog.current', { count: 2, version: orgCatalog.version })),
  ).toHaveCount(0);
  await page.reload();
  await expect(entries).toHaveCount(all.length);
  await page.goto('/plan');
  await expect(stepCheckbox(presence, entryTitle('land-a-quick-win', 'en'))).toBeVisible();
});

/* ------------------------------------------------------------------------------------------ */
/* Accessibility and layout, on seeded plans.                                                  */
/* ------------------------------------------------------------------------------------------ */
