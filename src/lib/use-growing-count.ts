import { useEffect, useState } from 'react';
import { nextTask } from './next-task';

/** Once the whole list has been drawn, it follows the list's length. */
const ALL = Number.POSITIVE_INFINITY;

/**
 * How many items of a long list to draw: the `first` at once, then one more per task. Each
 * item's render, style and layout is then a short task of its own, where the whole list in one
 * render was one long task (the plan's six goals of a ten-year history: 1,147 elements, 43–45 ms
 * of style, layout and paint in one task). Once the list is all drawn, an item added later (a goal
 * restored from the archive) appears at once, so nothing below it leaves the page meanwhile.
 *
 * What is drawn at once is also what a prerendered page holds (effects do not run there), so
 * `first` sets how much of a long list its HTML carries.
 */
export function useGrowingCount(total: number, first = 1): number {
  const [count, setCount] = useState(() => (total <= first ? ALL : first));
  useEffect(() => {
    if (count >= total) return;
    let isCurrent = true;
    void nextTask().then(() => {
      if (isCurrent) setCount((shown) => (shown + 1 >= total ? ALL : shown + 1));
    });
    return () => {
      isCurrent = false;
    };
  }, [count, total]);
  return Math.min(count, total);
}
