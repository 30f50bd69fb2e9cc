import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { builtInCatalog } from '../../src/content/catalog';
import type { Catalog, CatalogEntry } from '../../src/domain/plan/catalog';
import { CatalogPage } from '../../src/features/plan/catalog-page';
import { useAppStore } from '../../src/stores/app-store';
import { renderWithProviders, resetStores } from '../support/render';

const builtIn = builtInCatalog.entries;

function entry(id: string, change: Partial<CatalogEntry> = {}): CatalogEntry {
  return {
    id,
    type: 'course',
    title: { en: `Course ${id}`, fr: `Cours ${id}` },
    summary: { en: 'Practice with feedback.' },
    provider: 'Acme Academy',
    skills: ['executive-presence'],
    level: 'foundational',
    effort: { en: 'Two days' },
    format: null,
    prerequisites: null,
    url: 'https://academy.example.com/course',
    ...change,
  };
}

const orgCatalog: Catalog = { version: 'acme-1', entries: [entry('acme-one'), entry('acme-two')] };

function catalogFile(content: unknown, name = 'catalog.json'): File {
  const text = typeof content === 'string' ? content : JSON.stringify(content);
  return new File([text], name, { type: 'application/json' });
}

function shownTitles(): string[] {
  return screen
    .getAllByRole('article')
    .map((card) => within(card).getByRole('heading', { level: 3 }).textContent);
}

/** The list grows a card per task after the first screens' worth (what the HTML holds). */
async function expectEntriesDrawn(count: number) {
  await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(count));
}

function importButton() {
  return screen.getByLabelText('Import a catalog file');
}

describe('the catalog page', () => {
  beforeEach(resetStores);

  it('filters the built-in catalog by skill and type', async () => {
    const { user } = renderWithProviders(<CatalogPage />, { route: '/plan/catalog' });
    await expectEntriesDrawn(builtIn.length);
    expect(screen.getByText(`${builtIn.length} entries`)).toBeVisible();

    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Skill' }),
      'Data-driven decision-making',
    );
    const forData = builtIn.filter((item) => item.skills.includes('data-driven-decisions'));
    expect(shownTitles()).toEqual(forData.map((item) => item.title.en));

    await user.selectOptions(screen.getByRole('combobox', { name: 'Type' }), 'Reading');
    const readings = forData.filter((item) => item.type === 'reading');
    expect(shownTitles()).toEqual(readings.map((item) => item.title.en));
    expect(screen.getByRole('status')).toHaveTextContent(
      `${readings.length} ${readings.length === 1 ? 'entry' : 'entries'}`,
    );
  });

  it('draws the first 24 entries at once, then the rest, saying the whole count from the start', async () => {
    renderWithProviders(<CatalogPage />, { route: '/plan/catalog' });
    expect(screen.getAllByRole('article')).toHaveLength(24);
    expect(screen.getByText(`${builtIn.length} entries`)).toBeVisible();
    await expectEntriesDrawn(builtIn.length);
    expect(shownTitles()).toEqual(builtIn.map((item) => item.title.en));
  });

  it('names each entry by its type and its share of the 70-20-10 mix, without saying a thing twice', async () => {
    renderWithProviders(<CatalogPage />, { route: '/plan/catalog' });
    await expectEntriesDrawn(builtIn.length);
    const kindOf = (type: string) => {
      const card = screen.getAllByRole('article').find((_, index) => builtIn[index]?.type === type);
      if (!card) throw new Error(`no ${type} in the built-in catalog`);
      return card.querySelector('.hint')?.textContent ?? '';
    };
    expect(kindOf('experience')).toMatch(/^Experience \(70\) · /);
    expect(kindOf('relationship')).toMatch(/^Learning from others \(20\) · /);
    expect(kindOf('credential')).toMatch(/^Credential · Formal learning \(10\) · /);
  });

  it('adds an organization catalog to the built-in one, replacing entries with the same id', async () => {
    const { user } = renderWithProviders(<CatalogPage />, { route: '/plan/catalog' });
    const [first] = builtIn;
    if (!first) throw new Error('empty built-in catalog');
    const catalog: Catalog = {
      version: 'acme-2',
      entries: [entry('acme-one'), entry(first.id, { title: { en: 'Our own version' } })],
    };
    await user.upload(importButton(), catalogFile(catalog));

    expect(await screen.findByText('Catalog imported: 2 entries.')).toBeVisible();
    expect(
      screen.getByText('Using an imported catalog: 2 entries (version acme-2).'),
    ).toBeVisible();
    expect(useAppStore.getState().plan.customCatalog).toEqual({ mode: 'extend', catalog });
    await expectEntriesDrawn(builtIn.length + 1);
    const titles = shownTitles();
    expect(titles).toHaveLength(builtIn.length + 1);
    expect(titles).not.toContain(first.title.en);
    expect(titles.slice(-2)).toEqual(['Course acme-one', 'Our own version']);
  });

  it('replaces the built-in catalog, and goes back to it', async () => {
    const { user } = renderWithProviders(<CatalogPage />, { route: '/plan/catalog' });
    await user.click(screen.getByRole('radio', { name: 'Replace the built-in catalog' }));
    await user.upload(importButton(), catalogFile(orgCatalog));

    expect(await screen.findByText('Catalog imported: 2 entries.')).toBeVisible();
    expect(shownTitles()).toEqual(['Course acme-one', 'Course acme-two']);
    expect(useAppStore.getState().plan.customCatalog?.mode).toBe('replace');
    expect(
      screen.getAllByRole('link', { name: /^Official site: Course acme-/ })[0],
    ).toHaveAttribute('href', 'https://academy.example.com/course');

    await user.click(screen.getByRole('button', { name: 'Go back to the built-in catalog' }));
    expect(screen.getByText('The built-in catalog is in use again.')).toBeVisible();
    expect(useAppStore.getState().plan.customCatalog).toBeNull();
    await expectEntriesDrawn(builtIn.length);
    expect(
      screen.queryByRole('button', { name: 'Go back to the built-in catalog' }),
    ).not.toBeInTheDocument();
  });

  /** The org catalog with its first entry changed, as a file might hold it. */
  const withFirst = (change: Record<string, unknown>): unknown => ({
    ...orgCatalog,
    entries: [{ ...entry('acme-x'), ...change }],
  });
  const refusals: [string, unknown, RegExp][] = [
    ['an unknown type', withFirst({ type: 'webinar' }), /at: entries\.0\.type\)/],
    [
      'a plain http address',
      withFirst({ url: 'http://academy.example.com/' }),
      /at: entries\.0\.url\)/,
    ],
    ['a javascript: address', withFirst({ url: 'javascript:alert(1)' }), /at: entries\.0\.url\)/],
    ['a data: address', withFirst({ url: 'data:text/html,hi' }), /at: entries\.0\.url\)/],
    ['an unknown skill', withFirst({ skills: ['charisma'] }), /at: entries\.0\.skills\.0\)/],
    ['no English title', withFirst({ title: { fr: 'Cours' } }), /at: entries\.0\.title\.en\)/],
    ['a missing field', withFirst({ level: undefined }), /at: entries\.0\.level\)/],
    ['a repeated id', { ...orgCatalog, entries: [entry('acme-x'), entry('acme-x')] }, /at: —\)/],
    ['no entries', { version: 'acme-1', entries: [] }, /at: entries\)/],
  ];

  it.each(refusals)('refuses a file with %s and changes nothing', async (_, content, detail) => {
    useAppStore.setState((state) => ({
      plan: { ...state.plan, customCatalog: { mode: 'replace', catalog: orgCatalog } },
    }));
    const before = useAppStore.getState().plan;
    const { user } = renderWithProviders(<CatalogPage />, { route: '/plan/catalog' });
    await user.upload(importButton(), catalogFile(content));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      /^This catalog file does not match the format and was not imported \(first problem at: /,
    );
    expect(alert).toHaveTextContent(detail);
    expect(useAppStore.getState().plan).toBe(before);
    expect(shownTitles()).toEqual(['Course acme-one', 'Course acme-two']);
  });

  it('refuses a file that is not JSON, or too large to be a catalog', async () => {
    const { user } = renderWithProviders(<CatalogPage />, { route: '/plan/catalog' });
    await user.upload(importButton(), catalogFile('{ "version": '));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This file is not a catalog: it is not valid JSON.',
    );
    await user.upload(importButton(), catalogFile(' '.repeat(3_000_001)));
    expect(await screen.findByText('This file is too large to be a catalog.')).toBeVisible();
    expect(useAppStore.getState().plan.customCatalog).toBeNull();
    await expectEntriesDrawn(builtIn.length);
  });
});
