import { useTranslation } from 'react-i18next';
import type { ChartRow } from '../../../domain/team/team-heat-chart';
import { formatNumber } from '../../../lib/format';
import { INDEX_TICKS, IndexAxisLabels } from '../../../ui/index-axis';

const HEIGHT = 28;

/**
 * Each skill on one 0–100 axis: a ring per person whose report shows it, a bar for the team
 * average, and the withheld people counted beside a hatched box, never placed on the axis.
 * Shapes, not hues, tell the marks apart, so it reads in grey scale; the table below has
 * every figure.
 */
export function TeamHeatChart({ rows }: { rows: readonly ChartRow[] }) {
  const { t, i18n } = useTranslation();
  const number = (value: number) => formatNumber(value, i18n.language);
  return (
    <figure className="team-chart" aria-labelledby="team-chart-title">
      <figcaption id="team-chart-title">{t('team.chart.title')}</figcaption>
      <svg className="team-chart-defs" width="0" height="0" aria-hidden="true">
        <defs>
          <pattern id="team-hatch" width="4" height="4" patternUnits="userSpaceOnUse">
            <path className="team-chart-hatch" d="M-1,1 l2,-2 M0,4 l4,-4 M3,5 l2,-2" />
          </pattern>
        </defs>
      </svg>
      <ul className="team-chart-legend" aria-hidden="true">
        <li>
          <svg width="14" height="14">
            <circle className="team-chart-dot" cx="7" cy="7" r="5" />
          </svg>
          {t('team.chart.person')}
        </li>
        <li>
          <svg width="14" height="14">
            <rect className="team-chart-average" x="5" y="0" width="4" height="14" />
          </svg>
          {t('team.heat.average')}
        </li>
        <li>
          <svg width="14" height="14">
            <rect className="team-chart-withheld" x="1" y="1" width="12" height="12" />
          </svg>
          {t('team.heat.withheld')}
        </li>
      </ul>
      <div className="team-chart-rows" role="img" aria-label={t('team.chart.alt')}>
        {rows.map((row) => (
          <div className="team-chart-row" key={row.skill}>
            <span className="team-chart-skill">{t(`skills.${row.skill}.name`)}</span>
            <svg className="team-chart-track" height={HEIGHT} aria-hidden="true">
              {INDEX_TICKS.map((tick) => (
                <line
                  key={tick}
                  className="team-chart-tick"
                  x1={`${tick}%`}
                  x2={`${tick}%`}
                  y2={HEIGHT}
                />
              ))}
              {row.dots.map((dot) => (
                <circle
                  key={dot.reviewId}
                  className="team-chart-dot"
                  cx={`${dot.index}%`}
                  cy={HEIGHT / 2}
                  r="6"
                >
                  <title>
                    {t('format.labelled', { label: dot.subjectName, value: number(dot.index) })}
                  </title>
                </circle>
              ))}
              {row.average === null ? null : (
                <svg x={`${row.average}%`} y="0" overflow="visible">
                  <rect className="team-chart-average" x="-2" y="1" width="4" height={HEIGHT - 2}>
                    <title>
                      {t('format.labelled', {
                        label: t('team.heat.average'),
                        value: number(row.average),
                      })}
                    </title>
                  </rect>
                </svg>
              )}
            </svg>
            <span className="team-chart-count">
              {row.withheld > 0 ? (
                <>
                  <svg width="12" height="12" aria-hidden="true">
                    <rect className="team-chart-withheld" x="0.5" y="0.5" width="11" height="11" />
                  </svg>{' '}
                  {t('team.chart.withheld', { count: row.withheld })}
                </>
              ) : null}
            </span>
          </div>
        ))}
        <div className="team-chart-row" aria-hidden="true">
          <span />
          <IndexAxisLabels className="team-chart-track team-chart-axis" language={i18n.language} />
          <span />
        </div>
      </div>
    </figure>
  );
}
