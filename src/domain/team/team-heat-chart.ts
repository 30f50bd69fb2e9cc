import type { SkillId } from '../instrument/skills';
import type { HeatTable } from './team-heat';

/** One person's shown figure for a skill. */
export interface ChartDot {
  reviewId: string;
  subjectName: string;
  index: number;
}

/** A skill's row of the team chart: the shown figures, the average, how many are withheld. */
export interface ChartRow {
  skill: SkillId;
  dots: ChartDot[];
  average: number | null;
  withheld: number;
}

/**
 * The chart is drawn from the heat table's cells and nothing else, so a value the table
 * withholds (because the person's report does) cannot reach it: a withheld cell is only counted.
 */
export function buildHeatChart(table: HeatTable): ChartRow[] {
  return table.skills.map((summary) => {
    const dots: ChartDot[] = [];
    let withheld = 0;
    for (const row of table.rows) {
      const cell = row.cells.find((candidate) => candidate.skill === summary.skill);
      if (cell?.status === 'shown') {
        dots.push({ reviewId: row.reviewId, subjectName: row.subjectName, index: cell.index });
      } else {
        withheld += 1;
      }
    }
    return { skill: summary.skill, dots, average: summary.average, withheld };
  });
}
