import type { GapSeriesId } from './gap-chart-data';

/*
 * Each series has its own shape, and filled or hollow, so the chart reads in grey scale and
 * for people who do not tell the colours apart. Shapes are drawn around (0, 0).
 */
const shapes: Record<GapSeriesId, { d: string; isHollow: boolean }> = {
  self: { d: 'M-6,0a6,6 0 1,0 12,0a6,6 0 1,0 -12,0z', isHollow: false },
  manager: { d: 'M-5,-5h10v10h-10z', isHollow: false },
  others: { d: 'M0,-6.5L6.5,5.5H-6.5z', isHollow: false },
  peer: { d: 'M0,-6.5L6.5,0L0,6.5L-6.5,0z', isHollow: true },
  'direct-report': { d: 'M0,6.5L6.5,-5.5H-6.5z', isHollow: true },
  other: { d: 'M-5,-5L5,5M5,-5L-5,5', isHollow: true },
  pool: { d: 'M-5,0a5,5 0 1,0 10,0a5,5 0 1,0 -10,0z', isHollow: true },
};

export function GapMarker({ series }: { series: GapSeriesId }) {
  const { d, isHollow } = shapes[series];
  return <path d={d} className={`gap-marker gap-${series}${isHollow ? ' is-hollow' : ''}`} />;
}

/** The marker alone, for the legend. */
export function GapMarkerIcon({ series }: { series: GapSeriesId }) {
  return (
    <svg className="gap-icon" viewBox="-8 -8 16 16" width="16" height="16" aria-hidden="true">
      <GapMarker series={series} />
    </svg>
  );
}
