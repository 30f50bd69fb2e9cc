import { useTranslation } from 'react-i18next';
import type { AssessmentScore } from '../../domain/assessment/scoring';
import { formatNumber } from '../../lib/format';

export function SkillInterpretations({ score }: { score: AssessmentScore }) {
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby="interpretations-title">
      <h2 id="interpretations-title">{t('results.skillDetailsTitle')}</h2>
      {score.skills.map(({ skill, index, level }) =>
        index === null || level === null ? null : (
          <article key={skill} className="card interpretation">
            <h3>
              {t('results.whatItMeans', {
                skill: t(`skills.${skill}.name`),
                level: t(`levels.${level}`),
                index: formatNumber(index, i18n.language),
              })}
            </h3>
            <p className="hint">{t(`skills.${skill}.definition`)}</p>
            <p>{t(`interpretations.${skill}.${level}`)}</p>
          </article>
        ),
      )}
    </section>
  );
}
