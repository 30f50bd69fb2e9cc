import { useTranslation } from 'react-i18next';
import { listReviewRules } from '../../../domain/review/review-rules';

/** The rules the report applied, with the numbers it used. */
export function ReportRules({ threshold }: { threshold: number }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="rules-title" className="how-scoring">
      <h2 id="rules-title">{t('report.rulesTitle')}</h2>
      <ul>
        {listReviewRules(threshold).map((rule) => (
          <li key={rule.id}>{t(`report.rules.${rule.id}`, rule.values)}</li>
        ))}
      </ul>
      <p className="hint">{t('report.research')}</p>
    </section>
  );
}
