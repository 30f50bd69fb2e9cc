import { useTranslation } from 'react-i18next';
import { itemBank, itemBankHistory } from '../../content/item-bank';
import { readLatestReadiness, type ReadinessChange } from '../../domain/assessment/latest-change';
import type { SkillId } from '../../domain/instrument/skills';
import { formatDate, formatNumber, formatSigned } from '../../lib/format';
import { useAppStore } from '../../stores/app-store';
import { DashboardCard } from './dashboard-card';

function ChangeText({ change }: { change: ReadinessChange }) {
  const { t, i18n } = useTranslation();
  const names = (skills: SkillId[]) => skills.map((skill) => t(`skills.${skill}.name`)).join(', ');
  const since = formatDate(change.previousAt, i18n.language);
  return (
    <>
      {change.overallChange === null ? null : (
        <p>
          {t('dashboard.changeSince', {
            date: since,
            change: formatSigned(change.overallChange, i18n.language),
          })}
        </p>
      )}
      {change.compared === 0 ? <p>{t('dashboard.changeNotCompared')}</p> : null}
      {change.compared > 0 && change.rises.length + change.falls.length === 0 ? (
        <p>{t('dashboard.changeNoise')}</p>
      ) : null}
      {change.rises.length > 0 ? (
        <p>{t('dashboard.changeRises', { skills: names(change.rises) })}</p>
      ) : null}
      {change.falls.length > 0 ? (
        <p>{t('dashboard.changeFalls', { skills: names(change.falls) })}</p>
      ) : null}
    </>
  );
}

/** The latest readiness, and what changed since the assessment before it beyond the noise. */
export function ReadinessCard() {
  const { t, i18n } = useTranslation();
  const assessments = useAppStore((state) => state.assessments);
  const hasDraft = useAppStore((state) => state.draft !== null);
  const latest = readLatestReadiness(assessments, itemBank, itemBankHistory);
  const title = t('dashboard.readinessTitle');
  if (latest === null) {
    return (
      <DashboardCard
        id="readiness-title"
        title={title}
        to="/assessment"
        action={hasDraft ? t('home.resume') : t('home.start')}
        isPrimary
      >
        <p>{t('dashboard.noAssessment')}</p>
      </DashboardCard>
    );
  }
  return (
    <DashboardCard
      id="readiness-title"
      title={title}
      to={latest.change ? '/history' : '/results'}
      action={latest.change ? t('dashboard.compare') : t('dashboard.seeResults')}
    >
      <p className="dashboard-figure">
        {latest.overallIndex === null || latest.overallLevel === null
          ? t('levels.none')
          : t('results.overallValue', {
              index: formatNumber(latest.overallIndex, i18n.language),
              level: t(`levels.${latest.overallLevel}`),
            })}
      </p>
      <p className="hint">
        {t('dashboard.assessedOn', { date: formatDate(latest.completedAt, i18n.language) })}
      </p>
      {latest.change ? <ChangeText change={latest.change} /> : <p>{t('dashboard.changeFirst')}</p>}
    </DashboardCard>
  );
}
