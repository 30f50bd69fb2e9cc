import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { itemBank } from '../../content/item-bank';
import { buildSkillTrend, type ReviewTrendInput } from '../../domain/assessment/skill-trend';
import { skillIds } from '../../domain/instrument/skills';
import type { ChartConfig } from '../../lib/chart';
import { themeColors } from '../../lib/chart-theme';
import { formatDate, formatNumber } from '../../lib/format';
import { useAppStore } from '../../stores/app-store';
import { ChartFigure } from '../../ui/chart-figure';
import { TrendChanges } from './trend-changes';
import { useKeyboardScroll } from '../../lib/use-keyboard-scroll';

/** Distinguishable by dash as well as color, so the lines read without color vision. */
const dashes = [[], [6, 4], [2, 3], [10, 3, 2, 3], [1, 1]];
const palette = ['#1d4ed8', '#b45309', '#047857', '#7c3aed', '#be123c'];

export function TrendSection({ reviews }: { reviews: ReviewTrendInput[] }) {
  const { t, i18n } = useTranslation();
  const scrollRef = useKeyboardScroll();
  const assessments = useAppStore((state) => state.assessments);
  const points = useMemo(
    () => buildSkillTrend(assessments, reviews, itemBank),
    [assessments, reviews],
  );
  const config = useCallback((): ChartConfig => {
    const { text, grid } = themeColors();
    return {
      type: 'line',
      data: {
        labels: points.map(
          (p) => `${formatDate(p.date, i18n.language)}${p.source === 'review' ? ' (360°)' : ''}`,
        ),
        datasets: skillIds.map((skill, index) => ({
          label: t(`skills.${skill}.name`),
          data: points.map((p) => p.indices[skill]),
          borderColor: palette[index],
          backgroundColor: palette[index],
          borderDash: dashes[index],
          spanGaps: true,
        })),
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        plugins: { legend: { labels: { color: text } } },
        scales: {
          y: { min: 0, max: 100, ticks: { color: text }, grid: { color: grid } },
          x: { ticks: { color: text }, grid: { display: false } },
        },
      },
    };
  }, [points, t, i18n.language]);

  if (points.length < 2) return <p className="hint">{t('plan.trendNeedsTwo')}</p>;
  return (
    <>
      <ChartFigure
        title={t('plan.trendTitle')}
        description={t('results.chartAlt', { title: t('plan.trendTitle') })}
        config={config}
        loadingLabel={t('results.chartLoading')}
        failedLabel={t('results.chartFailed')}
        language={i18n.language}
      />
      <table className="data-table" ref={scrollRef}>
        <caption>{t('plan.trendCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('history.colDate')}</th>
            <th scope="col">{t('plan.trendSource')}</th>
            {skillIds.map((skill) => (
              <th scope="col" key={skill}>
                {t(`skills.${skill}.name`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {points.map((point) => (
            <tr key={`${point.source}-${point.date}`}>
              <th scope="row">{formatDate(point.date, i18n.language)}</th>
              <td>{point.source === 'self' ? t('plan.sourceSelf') : t('plan.sourceReview')}</td>
              {skillIds.map((skill) => {
                const value = point.indices[skill];
                return (
                  <td key={skill}>{value === null ? '—' : formatNumber(value, i18n.language)}</td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <TrendChanges assessments={assessments} />
      <p className="hint">{t('plan.trendCaveat')}</p>
    </>
  );
}
