import { useEffect, useState } from 'react';
import { itemBank } from '../../../content/item-bank';
import type { OwnedReview } from '../../../domain/review/owned-review';
import {
  buildHeatRow,
  summarizeHeat,
  type HeatRow,
  type HeatTable,
} from '../../../domain/team/team-heat';
import { nextTask } from '../../../lib/next-task';

/**
 * The team at a glance, built one person per task: each row is that person's whole 360 report
 * (about 4 ms here, four times that on a slow phone), and twelve people in one render held the
 * page for 55 ms just after it was drawn. Null until the first table is built; after a change
 * (an answer arrives, a person is added) the last table stays until the next one is ready, so
 * the section does not collapse and grow again.
 */
export function useHeatTable(reviews: readonly OwnedReview[]): HeatTable | null {
  const [table, setTable] = useState<HeatTable | null>(null);
  useEffect(() => {
    let isCurrent = true;
    const build = async () => {
      const rows: HeatRow[] = [];
      for (const review of reviews) {
        await nextTask();
        if (!isCurrent) return;
        rows.push(buildHeatRow(review, itemBank));
      }
      if (isCurrent) setTable(summarizeHeat(rows));
    };
    void build();
    return () => {
      isCurrent = false;
    };
  }, [reviews]);
  return table;
}
