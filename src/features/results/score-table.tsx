import { useTranslation } from 'react-i18next';
import type { AssessmentScore } from '../../domain/assessment/scoring';
import { formatNumber } from '../../lib/format';
import { useKeyboardScroll } from '../../lib/use-keyboard-scroll';

export function ScoreTable({ score }: { score: AssessmentScore }) {
  const { t, i18n } = useTranslation();
  const scrollRef = useKeyboardScroll();
  const language = i18n.language;
  return (
    <table className="data-table" ref={scrollRef}>
      <caption>{t('results.tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('results.colSkill')}</th>
          <th scope="col">{t('results.colMean')}</th>
          <th scope="col">{t('results.colIndex')}</th>
          <th scope="col">{t('results.colLevel')}</th>
          <th scope="col">{t('results.colAnswered')}</th>
        </tr>
      </thead>
      <tbody>
        {score.skills.map((skill) => (
          <tr key={skill.skill}>
            <th scope="row">{t(`skills.${skill.skill}.name`)}</th>
            <td>{skill.mean === null ? '—' : formatNumber(skill.mean, language, 2)}</td>
            <td>{skill.index === null ? '—' : formatNumber(skill.index, language)}</td>
            <td>{t(`levels.${skill.level ?? 'none'}`)}</td>
            <td>
              {skill.answered} / {skill.total}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
