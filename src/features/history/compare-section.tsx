import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { itemBank } from '../../content/item-bank';
import type { CompletedAssessment } from '../../domain/assessment/assessment';
import { compareScores } from '../../domain/assessment/compare';
import { scoreAssessment } from '../../domain/assessment/scoring';
import { formatDate, formatNumber, formatSigned } from '../../lib/format';

/** Compares the latest result with one earlier result the person picks. */
export function CompareSection({ newestFirst }: { newestFirst: CompletedAssessment[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const [latest, ...earlier] = newestFirst;
  const [earlierId, setEarlierId] = useState(earlier[0]?.id ?? '');
  const chosen = earlier.find((assessment) => assessment.id === earlierId) ?? earlier[0];
  const changes =
    latest && chosen
      ? compareScores(
          scoreAssessment(chosen.answers, itemBank),
          scoreAssessment(latest.answers, itemBank),
        )
      : [];

  return (
    <section aria-labelledby="compare-title">
      <h2 id="compare-title">{t('history.compareTitle')}</h2>
      {!latest || !chosen ? (
        <p>{t('history.compareNeedsTwo')}</p>
      ) : (
        <>
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
          <table className="data-table">
            <caption>
              {t('history.compareCaption', {
                earlier: formatDate(chosen.completedAt, language),
                latest: formatDate(latest.completedAt, language),
              })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('results.colSkill')}</th>
                <th scope="col">{t('history.colBefore')}</th>
                <th scope="col">{t('history.colAfter')}</th>
                <th scope="col">{t('history.colChange')}</th>
              </tr>
            </thead>
            <tbody>
              {changes.map((row) => (
                <tr key={row.skill}>
                  <th scope="row">{t(`skills.${row.skill}.name`)}</th>
                  <td>{row.before === null ? '—' : formatNumber(row.before, language)}</td>
                  <td>{row.after === null ? '—' : formatNumber(row.after, language)}</td>
                  <td>
                    {row.change === null
                      ? '—'
                      : Math.round(row.change) === 0
                        ? t('history.unchanged')
                        : formatSigned(row.change, language)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
