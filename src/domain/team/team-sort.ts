import type { TeamRow } from './team-row';

export const teamSortKeys = ['name', 'due', 'progress'] as const;
export type TeamSortKey = (typeof teamSortKeys)[number];

export const teamFilters = ['all', 'waiting', 'overdue', 'ready', 'shared'] as const;
export type TeamFilter = (typeof teamFilters)[number];

/** Share of the needed answers received, each group capped at what it needs. */
export function progressOf(row: TeamRow): number {
  const needed = row.groups.reduce((sum, group) => sum + group.needed, 0);
  if (needed === 0) return 1;
  const have = row.groups.reduce((sum, group) => sum + Math.min(group.responded, group.needed), 0);
  return have / needed;
}

export function matchesFilter(row: TeamRow, filter: TeamFilter): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'waiting':
      return row.nextStep.kind === 'awaiting';
    case 'overdue':
      return row.isOverdue;
    case 'ready':
      return row.nextStep.kind === 'ready-to-share';
    case 'shared':
      return row.nextStep.kind === 'shared';
  }
}

export function sortTeamRows(
  rows: readonly TeamRow[],
  key: TeamSortKey,
  locale: string,
): TeamRow[] {
  const byName = (a: TeamRow, b: TeamRow) => a.subjectName.localeCompare(b.subjectName, locale);
  const compare = {
    name: byName,
    due: (a: TeamRow, b: TeamRow) => a.dueDate.localeCompare(b.dueDate) || byName(a, b),
    progress: (a: TeamRow, b: TeamRow) => progressOf(a) - progressOf(b) || byName(a, b),
  }[key];
  return [...rows].sort(compare);
}
