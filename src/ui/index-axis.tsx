import { formatNumber } from '../lib/format';

/** Where the 0–100 index charts draw their grid lines and labels. */
export const INDEX_TICKS = [0, 25, 50, 75, 100] as const;

/** The tick labels under a 0–100 index chart; the ends align inside the track. */
export function IndexAxisLabels({ className, language }: { className: string; language: string }) {
  return (
    <svg className={className} height="16">
      {INDEX_TICKS.map((tick, index) => (
        <text
          key={tick}
          x={`${tick}%`}
          y="12"
          textAnchor={index === 0 ? 'start' : index === INDEX_TICKS.length - 1 ? 'end' : 'middle'}
        >
          {formatNumber(tick, language)}
        </text>
      ))}
    </svg>
  );
}
