import { useTranslation } from 'react-i18next';
import { formatNumber, formatSigned } from '../../../lib/format';
import type { GapChartData } from './gap-chart-data';
import { gapSeriesLabel } from './gap-series-label';

/** The chart's numbers as a table: the same figures, rounded as the chart's titles round them. */
export function GapChartTable({ data }: { data: GapChartData }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return (
    <table className="data-table gap-table">
      <caption>{t('gapChart.tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('results.colSkill')}</th>
          {data.series.map((series) => (
            <th scope="col" key={series}>
              {gapSeriesLabel(t, series)}
            </th>
          ))}
          <th scope="col">{t('gapChart.gapColumn')}</th>
        </tr>
      </thead>
      <tbody>
        {data.rows.map((row) => (
          <tr key={row.skill}>
            <th scope="row">{t(`skills.${row.skill}.name`)}</th>
            {row.values.map((value, index) => (
              <td key={data.series[index]}>
                {value === null ? '—' : formatNumber(value, language)}
              </td>
            ))}
            <td>{row.gapIndex === null ? '—' : formatSigned(row.gapIndex, language)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
