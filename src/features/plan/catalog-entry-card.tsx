import '../../ui/facts.css';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { isOfficialUrl, localize, mixOf, type CatalogEntry } from '../../domain/plan/catalog';

interface CatalogEntryCardProps {
  entry: CatalogEntry;
  language: string;
  mixLabel: string;
}

/**
 * One catalog entry as the provider states it; the official address opens outside the app.
 * Memoized: the catalog draws its entries one per task, and each step would otherwise render
 * every entry already drawn again (63 steps of up to 63 cards).
 */
export const CatalogEntryCard = memo(function CatalogEntryCard({
  entry,
  language,
  mixLabel,
}: CatalogEntryCardProps) {
  const { t } = useTranslation();
  // An experience is its own share of the mix: "Experience · Experience (70)" would say it twice.
  const kind =
    mixOf(entry.type) === entry.type
      ? mixLabel
      : `${t(`plan.catalog.types.${entry.type}`)} · ${mixLabel}`;
  return (
    <article className="card catalog-entry">
      <h3>{localize(entry.title, language)}</h3>
      <p className="hint">
        {kind} · {t(`plan.catalog.levels.${entry.level}`)}
        {entry.provider ? ` · ${entry.provider}` : ''}
      </p>
      <p>{localize(entry.summary, language)}</p>
      <dl className="facts">
        <dt>{t('plan.catalog.skills')}</dt>
        <dd>{entry.skills.map((skill) => t(`skills.${skill}.name`)).join(', ')}</dd>
        {entry.effort ? (
          <>
            <dt>{t('plan.catalog.effort')}</dt>
            <dd>{localize(entry.effort, language)}</dd>
          </>
        ) : null}
        {entry.format ? (
          <>
            <dt>{t('plan.catalog.format')}</dt>
            <dd>{localize(entry.format, language)}</dd>
          </>
        ) : null}
        {entry.prerequisites ? (
          <>
            <dt>{t('plan.catalog.prerequisites')}</dt>
            <dd>{localize(entry.prerequisites, language)}</dd>
          </>
        ) : null}
      </dl>
      {/* Checked again here: state can be set without the schema, and an href runs what it holds. */}
      {isOfficialUrl(entry.url) ? (
        <a href={entry.url} target="_blank" rel="noopener noreferrer">
          {t('plan.catalog.officialSite', { title: localize(entry.title, language) })}
        </a>
      ) : null}
    </article>
  );
});
