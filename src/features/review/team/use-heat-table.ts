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
 * page for 55 ms just after it was drawn. Null until every row is built.
 */
export function useHeatTable(reviews: readonly OwnedReview[]): HeatTable | null {
  const [built, setBuilt] = useState<{ reviews: readonly OwnedReview[]; table: HeatTable } | null>(
    null,
  );
  useEffect(() => {
    let isCurrent = true;
    const build = async () => {
      const rows: HeatRow[] = [];
      for (const review of reviews) {
        await nextTask();
        if (!isCurrent) return;
        rows.push(buildHeatRow(review, itemBank));
      }
      if (isCurrent) setBuilt({ reviews, table: summarizeHeat(rows) });
    };
    void build();
    return () => {
      isCurrent = false;
    };
  }, [reviews]);
  // A table built for other reviews (one was just added) is not shown as this team's.
  return built?.reviews === reviews ? built.table : null;
}
