import type { TFunction } from 'i18next';
import type { GapSeriesId } from './gap-chart-data';

export function gapSeriesLabel(t: TFunction, series: GapSeriesId): string {
  if (series === 'self') return t('report.self');
  if (series === 'manager') return t('report.manager');
  if (series === 'others') return t('gapChart.othersAll');
  return t(`report.group.${series}`);
}
