import { useTranslation } from 'react-i18next';
import { itemBank, itemBankHistory } from '../../content/item-bank';
import { sortByNewest, type CompletedAssessment } from '../../domain/assessment/assessment';
import { compareAssessments } from '../../domain/assessment/compare-versions';
import { FULL_SKILL_THRESHOLD } from '../../domain/assessment/reliable-change';
import { comparableItemIds } from '../../domain/instrument/item-revisions';
import { formatDate, formatNumber, formatSigned } from '../../lib/format';

/**
 * First-to-latest self-assessment change per skill, each read against the noise, so the trend
 * does not present every movement of a line as progress.
 */
export function TrendChanges({ assessments }: { assessments: readonly CompletedAssessment[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const newestFirst = sortByNewest(assessments);
  const latest = newestFirst[0];
  const first = newestFirst.at(-1);
  if (!latest || !first || latest === first) return null;
  const comparable = comparableItemIds(
    itemBankHistory,
    itemBank.items.map((item) => item.id),
    first.instrumentVersion,
    latest.instrumentVersion,
  );
  const rows = compareAssessments(first.answers, latest.answers, itemBank, comparable);
  return (
    <div>
      <p>
        {t('plan.trendChangeIntro', {
          first: formatDate(first.completedAt, language),
          latest: formatDate(latest.completedAt, language),
        })}
      </p>
      <ul>
        {rows.map((row) => {
          const skill = t(`skills.${row.skill}.name`);
          return (
            <li key={row.skill}>
              {row.change === null || row.reading === null
                ? t('plan.trendChangeNone', { skill })
                : t('plan.trendChangeRow', {
                    skill,
                    change:
                      Math.round(row.change) === 0
                        ? t('history.unchanged')
                        : formatSigned(row.change, language),
                    reading: t(`reliableChange.${row.reading}`),
                  })}
            </li>
          );
        })}
      </ul>
      <p className="hint">
        {t('reliableChange.rule', { threshold: formatNumber(FULL_SKILL_THRESHOLD, language) })}
      </p>
    </div>
  );
}
