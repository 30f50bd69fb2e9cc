import type { ReportGroupId } from '../../../domain/review/review-groups';
import type { ReviewReport } from '../../../domain/review/review-report';
import type { SkillId } from '../../../domain/instrument/skills';

export type GapSeriesId = 'self' | 'manager' | ReportGroupId | 'others';

export interface GapRow {
  skill: SkillId;
  /** One entry per series, in series order; null where the report shows no figure. */
  values: (number | null)[];
  gapIndex: number | null;
}

export interface GapChartData {
  series: GapSeriesId[];
  rows: GapRow[];
}

type SkillReport = ReviewReport['skills'][number];

function indexOf(skill: SkillReport, series: GapSeriesId): number | null {
  if (series === 'self') return skill.self?.index ?? null;
  if (series === 'manager') return skill.manager?.index ?? null;
  if (series === 'others') return skill.others?.index ?? null;
  const group = skill.groups.find((entry) => entry.group === series);
  return group?.status === 'shown' ? group.index : null;
}

/**
 * Self, manager, each shown group and others per skill on the 0–100 index. Only shown groups
 * become series and a group's figure withheld for a skill stays null, as in the tables.
 */
export function gapChartData(report: ReviewReport): GapChartData {
  const candidates: GapSeriesId[] = ['self', 'manager', ...report.shownGroups, 'others'];
  const series = candidates.filter((id) =>
    report.skills.some((skill) => indexOf(skill, id) !== null),
  );
  return {
    series,
    rows: report.skills.map((skill) => ({
      skill: skill.skill,
      values: series.map((id) => indexOf(skill, id)),
      gapIndex: skill.gapIndex,
    })),
  };
}
