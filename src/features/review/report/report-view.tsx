import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewReport } from '../../../domain/review/review-report';
import { ChartFigure } from '../../../ui/chart-figure';
import { wrapLabel } from '../../../lib/wrap-label';
import { GapChart } from './gap-chart';
import { ReportComments } from './report-comments';
import { ReportGroups } from './report-groups';
import { ReportHeadline } from './report-headline';
import { ReportItems } from './report-items';
import { ReportMeasurement } from './report-measurement';
import { ReportRules } from './report-rules';
import { ReportSkillTable } from './report-skill-table';
import { overlayRadarConfig } from './report-chart';
import { StatementHeatTable } from './statement-heat-table';
import './report-print.css';

/** The whole 360 report; it receives only group data, so it can show a shared copy as well. */
export function ReportView({ report, subjectName }: { report: ReviewReport; subjectName: string }) {
  const { t, i18n } = useTranslation();
  const radar = useCallback(
    () =>
      overlayRadarConfig(
        report,
        report.skills.map((skill) => wrapLabel(t(`skills.${skill.skill}.name`))),
        { self: t('report.self'), manager: t('report.manager'), others: t('report.others') },
      ),
    [report, t],
  );
  return (
    <>
      <ReportHeadline report={report} subjectName={subjectName} />
      <GapChart report={report} />
      <ReportGroups report={report} />
      <ChartFigure
        title={t('report.radarTitle', { name: subjectName })}
        description={t('results.chartAlt', {
          title: t('report.radarTitle', { name: subjectName }),
        })}
        config={radar}
        loadingLabel={t('results.chartLoading')}
        failedLabel={t('results.chartFailed')}
        language={i18n.language}
      />
      <ReportSkillTable report={report} />
      <ReportMeasurement report={report} subjectName={subjectName} />
      <ReportItems report={report} subjectName={subjectName} />
      <StatementHeatTable report={report} subjectName={subjectName} />
      <ReportComments report={report} />
      <ReportRules threshold={report.threshold} />
    </>
  );
}
