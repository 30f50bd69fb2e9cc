import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  matchesFilter,
  sortTeamRows,
  teamFilters,
  teamSortKeys,
  type TeamFilter,
  type TeamSortKey,
} from '../../../domain/team/team-sort';
import type { TeamRow } from '../../../domain/team/team-row';
import { formatDay } from '../../../lib/format';
import { nextStepText } from './next-step-text';

function isSortKey(value: string): value is TeamSortKey {
  return teamSortKeys.some((key) => key === value);
}
function isFilter(value: string): value is TeamFilter {
  return teamFilters.some((key) => key === value);
}

/** One row per person: answers per group against what the report needs, and what to do next. */
export function TeamRowsTable({ rows }: { rows: readonly TeamRow[] }) {
  const { t, i18n } = useTranslation();
  const [sortKey, setSortKey] = useState<TeamSortKey>('name');
  const [filter, setFilter] = useState<TeamFilter>('all');
  const shown = sortTeamRows(rows, sortKey, i18n.language).filter((row) =>
    matchesFilter(row, filter),
  );
  return (
    <>
      <div className="team-controls">
        <label>
          {t('team.sortBy')}{' '}
          <select
            value={sortKey}
            onChange={(e) => isSortKey(e.target.value) && setSortKey(e.target.value)}
          >
            {teamSortKeys.map((key) => (
              <option key={key} value={key}>
                {t(`team.sort.${key}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('team.show')}{' '}
          <select
            value={filter}
            onChange={(e) => isFilter(e.target.value) && setFilter(e.target.value)}
          >
            {teamFilters.map((key) => (
              <option key={key} value={key}>
                {t(`team.filter.${key}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p role="status" className="hint">
        {t('team.showing', { count: shown.length, total: rows.length })}
      </p>
      {shown.length === 0 ? (
        <div className="card team-empty">
          <p>{t('team.noMatch')}</p>
          <button type="button" className="button" onClick={() => setFilter('all')}>
            {t('team.showEveryone')}
          </button>
        </div>
      ) : (
        <div className="team-scroll team-rows">
          <table className="data-table team-table">
            <caption>{t('team.rowsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('team.colPerson')}</th>
                <th scope="col">{t('team.colGroups')}</th>
                <th scope="col">{t('team.colPending')}</th>
                <th scope="col">{t('team.colDue')}</th>
                <th scope="col">{t('team.colWave')}</th>
                <th scope="col">{t('team.colNext')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((row) => (
                <tr key={row.reviewId}>
                  <th scope="row">
                    <Link to={`/reviews/${row.reviewId}`}>{row.subjectName}</Link>
                  </th>
                  <td data-label={t('team.colGroups')}>
                    <ul className="team-groups">
                      {row.groups.map((group) => (
                        <li
                          key={group.category}
                          className={group.responded >= group.needed ? 'team-met' : undefined}
                        >
                          {t('team.groupCount', {
                            group: t(`categories.${group.category}`),
                            responded: group.responded,
                            needed: group.needed,
                          })}
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td data-label={t('team.colPending')}>
                    {row.pending.length === 0
                      ? '—'
                      : row.pending.map((rater) => rater.name).join(', ')}
                  </td>
                  <td data-label={t('team.colDue')} className="team-nowrap">
                    {formatDay(row.dueDate, i18n.language)}
                    {row.isOverdue ? (
                      <>
                        <br />
                        <span className="team-overdue">{t('team.overdue')}</span>
                      </>
                    ) : null}
                  </td>
                  <td data-label={t('team.colWave')} className="team-nowrap">
                    {row.isShared
                      ? t('team.waveShared', { wave: row.wave })
                      : t('team.waveOpen', { wave: row.wave })}
                  </td>
                  <td data-label={t('team.colNext')}>
                    {nextStepText(row, t)}
                    <br />
                    <Link to={`/reviews/team/${row.reviewId}/guide`}>{t('team.guide.link')}</Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
