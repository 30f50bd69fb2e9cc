import type { ItemBank } from '../instrument/instrument';
import type { OwnedReview } from '../review/owned-review';
import { buildHeatTable, type HeatTable } from './team-heat';
import { buildHeatChart, type ChartRow } from './team-heat-chart';
import { buildTeamRow, type TeamRow } from './team-row';

/**
 * Everything the team page draws, computed at once: what the scale bench times. (The page builds
 * the heat table one person per task, features/review/team/use-heat-table.ts.)
 */
export interface TeamView {
  rows: TeamRow[];
  heat: HeatTable;
  chart: ChartRow[];
}

/** `today` is the manager's local day, YYYY-MM-DD. */
export function buildTeamView(
  reviews: readonly OwnedReview[],
  today: string,
  bank: ItemBank,
): TeamView {
  const heat = buildHeatTable(reviews, bank);
  return {
    rows: reviews.map((review) => buildTeamRow(review, today)),
    heat,
    chart: buildHeatChart(heat),
  };
}
