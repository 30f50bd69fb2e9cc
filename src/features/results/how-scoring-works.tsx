import { useTranslation } from 'react-i18next';
import { levelThresholds } from '../../domain/assessment/readiness';

export function HowScoringWorks() {
  const { t } = useTranslation();
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
        <li>{t('results.howNorms')}</li>
      </ul>
    </section>
  );
}
