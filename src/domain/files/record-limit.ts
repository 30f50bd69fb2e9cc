import * as z from 'zod/mini';

/**
 * A record (an object used as a map) has no length check of its own in zod; this one reports
 * its limit in `params`, so a refused file can say "more than N entries" like an array would.
 */
export function maxEntries(max: number) {
  return z.refine(
    (record) => typeof record === 'object' && record !== null && Object.keys(record).length <= max,
    {
      message: `more than ${String(max)} entries`,
      params: { maxEntries: max },
    },
  );
}
