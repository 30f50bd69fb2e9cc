import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { catalogTypes, mixOf, type CatalogType } from '../../domain/plan/catalog';
import { readCatalogFile, type CatalogFileResult } from '../../domain/plan/catalog-file';
import { skillIds, type SkillId } from '../../domain/instrument/skills';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useAppStore } from '../../stores/app-store';
import { FileButton } from '../../ui/file-button';
import { Notice } from '../../ui/notice';
import { PageHeading } from '../../ui/page-heading';
import { CatalogEntryCard } from './catalog-entry-card';
import { useActiveCatalog } from './use-active-catalog';
import { useHydrated } from '../../lib/use-hydrated';
import { useGrowingCount } from '../../lib/use-growing-count';

type Message = { tone: 'success' | 'error'; text: string };

/**
 * Entries drawn at once, and so in the prerendered page: more than any screen shows (eight rows
 * of three), few enough that the page's HTML fits the first round trip of a slow connection
 * (about 14 KB) in every language. All 63 made the Spanish and French pages 15 KB gzip, one round
 * trip more; the rest follow one per task.
 */
const FIRST_ENTRIES = 24;

function errorMessage(result: CatalogFileResult & { ok: false }, t: TFunction): string {
  const { error } = result;
  if (error.code !== 'invalid') return t(`plan.catalog.errors.${error.code}`);
  const { problem } = error;
  const values = 'max' in problem ? { max: problem.max } : {};
  return `${t('plan.catalog.errors.invalid', { detail: error.detail })} ${t(`files.problems.${problem.kind}`, values)}`;
}

/** Browse what the plan can draw on; organizations may import their own catalog. */
export function CatalogPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('plan.catalog.title'));
  const entries = useActiveCatalog();
  const custom = useAppStore((state) => state.plan.customCatalog);
  const setCustomCatalog = useAppStore((state) => state.setCustomCatalog);
  const [skill, setSkill] = useState<SkillId | 'all'>('all');
  const [type, setType] = useState<CatalogType | 'all'>('all');
  const [mode, setMode] = useState<'extend' | 'replace'>('extend');
  const [message, setMessage] = useState<Message | null>(null);
  // The list is in the prerendered page; filtering needs the app, which starts just after.
  const canFilter = useHydrated();
  const shown = entries.filter(
    (entry) =>
      (skill === 'all' || entry.skills.includes(skill)) && (type === 'all' || entry.type === type),
  );
  const drawn = useGrowingCount(shown.length, FIRST_ENTRIES);

  const importFile = async (file: File) => {
    const result = await readCatalogFile(file);
    if (!result.ok) {
      setMessage({ tone: 'error', text: errorMessage(result, t) });
      return;
    }
    setCustomCatalog({ mode, catalog: result.value });
    setMessage({
      tone: 'success',
      text: t('plan.catalog.imported', { count: result.value.entries.length }),
    });
  };

  return (
    <>
      <PageHeading>{t('plan.catalog.title')}</PageHeading>
      <p>{t('plan.catalog.intro')}</p>
      <div className="inline-fields">
        <label className="field">
          <span>{t('plan.catalog.filterSkill')}</span>
          <select
            value={skill}
            disabled={!canFilter}
            onChange={(event) => setSkill(skillIds.find((s) => s === event.target.value) ?? 'all')}
          >
            <option value="all">{t('plan.catalog.allSkills')}</option>
            {skillIds.map((id) => (
              <option key={id} value={id}>
                {t(`skills.${id}.name`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('plan.catalog.filterType')}</span>
          <select
            value={type}
            disabled={!canFilter}
            onChange={(event) =>
              setType(catalogTypes.find((c) => c === event.target.value) ?? 'all')
            }
          >
            <option value="all">{t('plan.catalog.allTypes')}</option>
            {catalogTypes.map((id) => (
              <option key={id} value={id}>
                {t(`plan.catalog.types.${id}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="hint" role="status">
        {t('plan.catalog.count', { count: shown.length })}
      </p>
      <ul className="catalog-list">
        {shown.slice(0, drawn).map((entry) => (
          <li key={entry.id}>
            <CatalogEntryCard
              entry={entry}
              language={i18n.language}
              mixLabel={t(`plan.mix.${mixOf(entry.type)}`)}
            />
          </li>
        ))}
      </ul>
      <section aria-labelledby="org-title" className="card">
        <h2 id="org-title">{t('plan.catalog.orgTitle')}</h2>
        <p className="hint">{t('plan.catalog.orgHint')}</p>
        {custom ? (
          <p>
            {t('plan.catalog.current', {
              count: custom.catalog.entries.length,
              version: custom.catalog.version,
            })}
          </p>
        ) : null}
        <fieldset className="field">
          <legend>{t('plan.catalog.mode')}</legend>
          <label className="choice">
            <input
              type="radio"
              name="catalog-mode"
              checked={mode === 'extend'}
              onChange={() => setMode('extend')}
            />
            {t('plan.catalog.extend')}
          </label>
          <label className="choice">
            <input
              type="radio"
              name="catalog-mode"
              checked={mode === 'replace'}
              onChange={() => setMode('replace')}
            />
            {t('plan.catalog.replace')}
          </label>
        </fieldset>
        <div className="button-row">
          <FileButton
            label={t('plan.catalog.import')}
            accept="application/json,.json"
            onFile={(file) => void importFile(file)}
          />
          {custom ? (
            <button
              type="button"
              className="button"
              onClick={() => {
                setCustomCatalog(null);
                setMessage({ tone: 'success', text: t('plan.catalog.reset') });
              }}
            >
              {t('plan.catalog.useBuiltIn')}
            </button>
          ) : null}
        </div>
        {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
      </section>
    </>
  );
}
