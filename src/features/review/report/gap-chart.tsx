import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewReport } from '../../../domain/review/review-report';
import { formatNumber } from '../../../lib/format';
import { INDEX_TICKS, IndexAxisLabels } from '../../../ui/index-axis';
import { gapChartData } from './gap-chart-data';
import { GapChartTable } from './gap-chart-table';
import { GapMarker, GapMarkerIcon } from './gap-marker';
import { gapSeriesLabel } from './gap-series-label';
import './gap-chart.css';

const LANE = 16;

/**
 * A dot plot per skill: each series on its own lane of one 0–100 axis, so marks never hide one
 * another. Drawn as SVG in the page's own bundle: no chart.js, sharp on paper.
 */
export function GapChart({ report }: { report: ReviewReport }) {
  const { t, i18n } = useTranslation();
  const data = useMemo(() => gapChartData(report), [report]);
  const height = LANE * data.series.length;
  const title = t('gapChart.title');
  return (
    <figure className="gap-chart" aria-labelledby="gap-chart-title">
      <figcaption id="gap-chart-title">{title}</figcaption>
      <p className="hint">{t('gapChart.how')}</p>
      <ul className="gap-legend">
        {data.series.map((series) => (
          <li key={series}>
            <GapMarkerIcon series={series} />
            {gapSeriesLabel(t, series)}
          </li>
        ))}
      </ul>
      <div className="gap-rows" role="img" aria-label={t('gapChart.alt', { title })}>
        {data.rows.map((row) => (
          <div className="gap-row" key={row.skill} data-skill={row.skill}>
            <span className="gap-skill">{t(`skills.${row.skill}.name`)}</span>
            <svg className="gap-track" height={height} aria-hidden="true">
              {INDEX_TICKS.map((tick) => (
                <line key={tick} className="gap-tick" x1={`${tick}%`} x2={`${tick}%`} y2={height} />
              ))}
              {row.values.map((value, index) => {
                const series = data.series[index];
                if (value === null || series === undefined) return null;
                const label = t('format.labelled', {
                  label: gapSeriesLabel(t, series),
                  value: formatNumber(value, i18n.language),
                });
                return (
                  <svg
                    key={series}
                    x={`${value}%`}
                    y={LANE * index + LANE / 2}
                    overflow="visible"
                    data-series={series}
                    data-value={value}
                  >
                    <title>{label}</title>
                    <GapMarker series={series} />
                  </svg>
                );
              })}
            </svg>
          </div>
        ))}
        <div className="gap-row" aria-hidden="true">
          <span />
          <IndexAxisLabels className="gap-track gap-axis" language={i18n.language} />
        </div>
      </div>
      <details className="gap-details">
        <summary>{t('gapChart.showTable')}</summary>
        <GapChartTable data={data} />
      </details>
    </figure>
  );
}
