import { useTranslation } from 'react-i18next';
import type { ReviewReport } from '../../../domain/review/review-report';
import type { GroupSkillScore } from '../../../domain/review/review-skills';
import { formatNumber, formatSigned } from '../../../lib/format';
import { useKeyboardScroll } from '../../../lib/use-keyboard-scroll';

/** Every chart figure as a table: self, manager, each group, others, gap, agreement, spread. */
export function ReportSkillTable({ report }: { report: ReviewReport }) {
  const { t, i18n } = useTranslation();
  const scrollRef = useKeyboardScroll();
  const language = i18n.language;
  const mean = (value: number | undefined | null) =>
    value === undefined || value === null ? '—' : formatNumber(value, language, 2);
  const groupCell = (score: GroupSkillScore | undefined) =>
    !score ? '—' : score.status === 'shown' ? mean(score.mean) : t('report.tooFew');
  return (
    <section aria-labelledby="skills-title">
      <h2 id="skills-title">{t('report.skillsTitle')}</h2>
      <table className="data-table" ref={scrollRef}>
        <caption>{t('report.skillsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('results.colSkill')}</th>
            <th scope="col">{t('report.self')}</th>
            <th scope="col">{t('report.manager')}</th>
            {report.shownGroups.map((group) => (
              <th scope="col" key={group}>
                {t(`report.group.${group}`)}
              </th>
            ))}
            <th scope="col">{t('report.others')}</th>
            <th scope="col">{t('report.gap')}</th>
            <th scope="col">{t('report.agreement')}</th>
            <th scope="col">{t('report.spread')}</th>
          </tr>
        </thead>
        <tbody>
          {report.skills.map((skill) => (
            <tr key={skill.skill}>
              <th scope="row">{t(`skills.${skill.skill}.name`)}</th>
              <td>{mean(skill.self?.mean)}</td>
              <td>{mean(skill.manager?.mean)}</td>
              {report.shownGroups.map((group) => (
                <td key={group}>{groupCell(skill.groups.find((g) => g.group === group))}</td>
              ))}
              <td>
                {skill.others
                  ? t('report.othersValue', {
                      mean: mean(skill.others.mean),
                      count: skill.others.raters,
                    })
                  : '—'}
              </td>
              <td>
                {skill.gap === null ? '—' : formatSigned(skill.gap, language, 2)}
                {skill.isBlindSpot ? ` · ${t('report.blindSpot')}` : ''}
                {skill.isHiddenStrength ? ` · ${t('report.hiddenStrength')}` : ''}
              </td>
              <td>{skill.agreement ? t(`report.agreementType.${skill.agreement}`) : '—'}</td>
              <td>
                {skill.spread === null
                  ? '—'
                  : skill.spread.status === 'band'
                    ? t(`report.spreadBand.${skill.spread.band}`)
                    : t('report.spreadWithheld')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
