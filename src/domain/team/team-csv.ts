import { toCsv } from '../files/csv';
import type { SkillId } from '../instrument/skills';
import type { HeatTable } from './team-heat';

export interface HeatCsvTexts {
  person: string;
  skill: (skill: SkillId) => string;
  withheld: string;
  average: string;
}

/** The heat table as the page shows it: withheld cells say so, never a number. */
export function buildHeatCsv(table: HeatTable, texts: HeatCsvTexts): string {
  const header = [texts.person, ...table.skills.map((s) => texts.skill(s.skill))];
  const rows = table.rows.map((row) => [
    row.subjectName,
    ...row.cells.map((cell) => (cell.status === 'shown' ? String(cell.index) : texts.withheld)),
  ]);
  const average = [
    texts.average,
    ...table.skills.map((s) =>
      s.average === null ? texts.withheld : String(Math.round(s.average)),
    ),
  ];
  return toCsv([header, ...rows, average]);
}
