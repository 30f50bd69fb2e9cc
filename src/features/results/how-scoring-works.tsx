import { useTranslation } from 'react-i18next';
import { levelThresholds } from '../../domain/assessment/readiness';
import { FULL_SKILL_THRESHOLD } from '../../domain/assessment/reliable-change';
import { formatNumber } from '../../lib/format';

export function HowScoringWorks() {
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby="how-title" className="how-scoring">
      <h2 id="how-title">{t('results.howTitle')}</h2>
      <ul>
        <li>{t('results.howScale')}</li>
        <li>{t('results.howMean')}</li>
        <li>{t('results.howIndex')}</li>
        <li>
          {t('results.howLevels', {
            developing: levelThresholds.developing,
            proficient: levelThresholds.proficient,
            ready: levelThresholds['executive-ready'],
          })}
        </li>
        <li>{t('results.howOverall')}</li>
        <li>{t('results.howHighlights')}</li>
        <li>
          {t('results.howChange', {
            threshold: formatNumber(FULL_SKILL_THRESHOLD, i18n.language),
          })}
        </li>
        <li>{t('results.howVersions')}</li>
        <li>{t('results.howNorms')}</li>
      </ul>
    </section>
  );
}
