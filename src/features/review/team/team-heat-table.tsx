import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SkillId } from '../../../domain/instrument/skills';
import { buildHeatCsv } from '../../../domain/team/team-csv';
import type { HeatCell, HeatTable } from '../../../domain/team/team-heat';
import { buildHeatChart } from '../../../domain/team/team-heat-chart';
import type { OwnedReview } from '../../../domain/review/owned-review';
import { downloadText } from '../../../lib/download';
import { formatNumber } from '../../../lib/format';
import { TeamHeatChart } from './team-heat-chart';
import { useHeatTable } from './use-heat-table';

/** Five bands, so colour only repeats what the number says. */
function band(index: number): string {
  return `team-heat-${String(Math.min(4, Math.floor(index / 20)))}`;
}

/** The team at a glance: its heading at once, the figures once every person's are added up. */
export function TeamAtAGlance({ reviews }: { reviews: readonly OwnedReview[] }) {
  const { t } = useTranslation();
  const table = useHeatTable(reviews);
  return (
    <section aria-labelledby="team-heat">
      <h2 id="team-heat">{t('team.heat.title')}</h2>
      <p>{t('team.heat.intro')}</p>
      {table ? <TeamHeatTable table={table} /> : <p className="hint">{t('team.heat.building')}</p>}
    </section>
  );
}

/** People × skills of others' index, each cell exactly what that person's report shows. */
function TeamHeatTable({ table }: { table: HeatTable }) {
  const { t, i18n } = useTranslation();
  const chart = useMemo(() => buildHeatChart(table), [table]);
  const cellText = (cell: HeatCell) =>
    cell.status === 'shown' ? formatNumber(cell.index, i18n.language) : t('team.heat.withheld');
  const skillName = (skill: SkillId) => t(`skills.${skill}.name`);
  const list = (skills: readonly SkillId[]) => skills.map(skillName).join(', ');
  const download = () => {
    const csv = buildHeatCsv(table, {
      person: t('team.colPerson'),
      skill: skillName,
      withheld: t('team.heat.withheld'),
      average: t('team.heat.average'),
    });
    downloadText('ascent-team.csv', csv, 'text/csv');
  };
  return (
    <>
      {/* With every figure withheld the chart would be empty axes; the sentence below says why. */}
      {chart.some((row) => row.dots.length > 0) ? <TeamHeatChart rows={chart} /> : null}
      <div className="team-scroll">
        <table className="data-table team-heat">
          <caption id="team-heat-caption">{t('team.heat.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('team.colPerson')}</th>
              {table.skills.map((s) => (
                <th scope="col" key={s.skill}>
                  {skillName(s.skill)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={row.reviewId}>
                <th scope="row">{row.subjectName}</th>
                {row.cells.map((cell) => (
                  <td
                    key={cell.skill}
                    className={cell.status === 'shown' ? band(cell.index) : 'team-heat-withheld'}
                  >
                    {cellText(cell)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('team.heat.average')}</th>
              {table.skills.map((s) => (
                <td key={s.skill}>
                  {s.average === null
                    ? t('team.heat.withheld')
                    : formatNumber(s.average, i18n.language)}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
      {table.strengths.length > 0 ? (
        <p>{t('team.heat.strengths', { skills: list(table.strengths) })}</p>
      ) : (
        <p>{t('team.heat.nothingShown')}</p>
      )}
      {table.priorities.length > 0 ? (
        <p>{t('team.heat.priorities', { skills: list(table.priorities) })}</p>
      ) : null}
      <div className="button-row">
        <button type="button" className="button" onClick={download}>
          {t('team.heat.csv')}
        </button>
      </div>
    </>
  );
}
