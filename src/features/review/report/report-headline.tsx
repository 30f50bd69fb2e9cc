import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewReport } from '../../../domain/review/review-report';
import { formatNumber } from '../../../lib/format';
import { headlineFacts, type GapFact } from './report-headline-facts';
import './report-headline.css';

/** Strengths, blind spots and hidden strengths in words, before any chart or table. */
export function ReportHeadline({
  report,
  subjectName,
}: {
  report: ReviewReport;
  subjectName: string;
}) {
  const { t, i18n } = useTranslation();
  const facts = useMemo(() => headlineFacts(report), [report]);
  const skillName = (skill: GapFact['skill']) => t(`skills.${skill}.name`);
  const gapValues = (fact: GapFact) => ({
    name: subjectName,
    skill: skillName(fact.skill),
    self: formatNumber(fact.self, i18n.language),
    others: formatNumber(fact.others, i18n.language),
  });
  const hasGaps = facts.blindSpots.length > 0 || facts.hiddenStrengths.length > 0;
  return (
    <section className="card report-headline" aria-labelledby="headline-title">
      <h2 id="headline-title">{t('reportHeadline.title')}</h2>
      {facts.strengthsBy === null ? (
        <p>{t('reportHeadline.noOthers', { name: subjectName })}</p>
      ) : (
        <p>
          {t(`reportHeadline.strengthsBy.${facts.strengthsBy}`, {
            name: subjectName,
            skills: facts.strengths.map(skillName).join(', '),
          })}
        </p>
      )}
      {facts.blindSpots.length > 0 ? (
        <>
          <h3>{t('reportHeadline.blindSpotsTitle')}</h3>
          <ul>
            {facts.blindSpots.map((fact) => (
              <li key={fact.skill}>{t('reportHeadline.blindSpot', gapValues(fact))}</li>
            ))}
          </ul>
        </>
      ) : null}
      {facts.hiddenStrengths.length > 0 ? (
        <>
          <h3>{t('reportHeadline.hiddenStrengthsTitle')}</h3>
          <ul>
            {facts.hiddenStrengths.map((fact) => (
              <li key={fact.skill}>{t('reportHeadline.hiddenStrength', gapValues(fact))}</li>
            ))}
          </ul>
        </>
      ) : null}
      {!facts.hasSelf ? <p className="hint">{t('reportHeadline.noSelf')}</p> : null}
      {facts.hasSelf && facts.strengthsBy === 'manager' ? (
        <p className="hint">{t('reportHeadline.noOthersGaps')}</p>
      ) : null}
      {facts.hasSelf && facts.strengthsBy === 'others' && !hasGaps ? (
        <p>{t('reportHeadline.noGaps', { name: subjectName })}</p>
      ) : null}
    </section>
  );
}
