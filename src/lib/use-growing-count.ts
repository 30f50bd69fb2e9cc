import { useEffect, useState } from 'react';
import { nextTask } from './next-task';

/**
 * How many items of a long list to draw: the first at once, then one more per task. Each
 * item's render, style and layout is then a short task of its own, where the whole list in one
 * render was one long task (the plan's six goals of a ten-year history: 1,147 elements, 43–45 ms
 * of style, layout and paint in one task). Items added later appear the same way, one per task.
 */
export function useGrowingCount(total: number): number {
  const [count, setCount] = useState(1);
  useEffect(() => {
    if (count >= total) return;
    let isCurrent = true;
    void nextTask().then(() => {
      if (isCurrent) setCount((shown) => shown + 1);
    });
    return () => {
      isCurrent = false;
    };
  }, [count, total]);
  return Math.min(count, total);
}
