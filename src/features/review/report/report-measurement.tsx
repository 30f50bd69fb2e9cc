import { useTranslation } from 'react-i18next';
import type { ReviewReport } from '../../../domain/review/review-report';
import { AGREEMENT_MIN_RATERS, RELIABILITY_MIN_RATERS } from '../../../domain/review/review-rules';
import { bandOfAlpha } from '../../../domain/review/scale-reliability';
import type { SkillReport } from '../../../domain/review/review-skills';
import { formatNumber } from '../../../lib/format';

/**
 * How consistent the statements are (α) and how far the raters agree (r_wg as a band): both
 * about the measurement, never a verdict on the person, which the intro says in words.
 */
export function ReportMeasurement({
  report,
  subjectName,
}: {
  report: ReviewReport;
  subjectName: string;
}) {
  const { t, i18n } = useTranslation();
  const alphaText = (skill: SkillReport) =>
    skill.alpha === null
      ? t('report.measure.alphaWithheld', { raters: RELIABILITY_MIN_RATERS })
      : t(`report.measure.alphaBand.${bandOfAlpha(skill.alpha)}`, {
          value: formatNumber(skill.alpha, i18n.language, 2),
        });
  const agreementText = (skill: SkillReport) =>
    skill.agreementIndex === null
      ? t('report.measure.agreementWithheld', { raters: AGREEMENT_MIN_RATERS })
      : t(`report.measure.agreementBand.${skill.agreementIndex}`);
  return (
    <section aria-labelledby="measure-title">
      <h2 id="measure-title">{t('report.measure.title')}</h2>
      <p>{t('report.measure.intro', { name: subjectName })}</p>
      <table className="data-table">
        <caption>{t('report.measure.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('results.colSkill')}</th>
            <th scope="col">{t('report.measure.colAlpha')}</th>
            <th scope="col">{t('report.measure.colAgreement')}</th>
          </tr>
        </thead>
        <tbody>
          {report.skills.map((skill) => (
            <tr key={skill.skill}>
              <th scope="row">{t(`skills.${skill.skill}.name`)}</th>
              <td>{alphaText(skill)}</td>
              <td>{agreementText(skill)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
