import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { itemBank, itemBankHistory } from '../../content/item-bank';
import type { CompletedAssessment } from '../../domain/assessment/assessment';
import { compareAssessments, largestItemChanges } from '../../domain/assessment/compare-versions';
import { FULL_SKILL_THRESHOLD } from '../../domain/assessment/reliable-change';
import { comparableItemIds } from '../../domain/instrument/item-revisions';
import { formatDate, formatNumber } from '../../lib/format';
import { Notice } from '../../ui/notice';
import { ItemChangeTable } from './item-change-table';
import { SkillChangeTable } from './skill-change-table';

/** How many statements "changed most" lists. */
const ITEM_CHANGES_SHOWN = 5;

/** Compares the latest result with one earlier result the person picks. */
export function CompareSection({ newestFirst }: { newestFirst: CompletedAssessment[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const [latest, ...earlier] = newestFirst;
  const [earlierId, setEarlierId] = useState(earlier[0]?.id ?? '');
  const chosen = earlier.find((assessment) => assessment.id === earlierId) ?? earlier[0];

  if (!latest || !chosen) {
    return (
      <section aria-labelledby="compare-title">
        <h2 id="compare-title">{t('history.compareTitle')}</h2>
        <p>{t('history.compareNeedsTwo')}</p>
      </section>
    );
  }
  const ids = itemBank.items.map((item) => item.id);
  const comparable = comparableItemIds(
    itemBankHistory,
    ids,
    chosen.instrumentVersion,
    latest.instrumentVersion,
  );
  const rows = compareAssessments(chosen.answers, latest.answers, itemBank, comparable);
  const items = largestItemChanges(
    chosen.answers,
    latest.answers,
    itemBank,
    comparable,
    ITEM_CHANGES_SHOWN,
  );
  const dates = {
    earlier: formatDate(chosen.completedAt, language),
    latest: formatDate(latest.completedAt, language),
  };
  const versions = { earlier: chosen.instrumentVersion, latest: latest.instrumentVersion };

  return (
    <section aria-labelledby="compare-title">
      <h2 id="compare-title">{t('history.compareTitle')}</h2>
      <label className="field">
        <span>{t('history.compareWith')}</span>
        <select value={chosen.id} onChange={(event) => setEarlierId(event.target.value)}>
          {earlier.map((assessment) => (
            <option key={assessment.id} value={assessment.id}>
              {formatDate(assessment.completedAt, language)}
            </option>
          ))}
        </select>
      </label>
      {comparable.length === 0 ? (
        <Notice tone="warning">{t('history.versionUnknown', versions)}</Notice>
      ) : comparable.length < ids.length ? (
        <Notice tone="info">
          {t('history.versionsDiffer', { ...versions, count: ids.length - comparable.length })}
        </Notice>
      ) : null}
      <SkillChangeTable rows={rows} caption={t('history.compareCaption', dates)} />
      <p className="hint">
        {t('reliableChange.rule', { threshold: formatNumber(FULL_SKILL_THRESHOLD, language) })}
      </p>
      <h3>{t('history.itemsTitle')}</h3>
      <ItemChangeTable
        changes={items}
        version={latest.instrumentVersion}
        caption={t('history.itemsCaption', dates)}
      />
    </section>
  );
}
