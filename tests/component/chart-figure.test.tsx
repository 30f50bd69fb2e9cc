import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { ChartConfig } from '../../src/lib/chart';
import { ChartFigure } from '../../src/ui/chart-figure';

const drawn = vi.hoisted(() => [] as ChartConfig[]);
vi.mock('../../src/lib/chart', () => ({
  drawChart: (_canvas: HTMLCanvasElement, config: ChartConfig) => {
    drawn.push(config);
    return () => undefined;
  },
}));

const config = (): ChartConfig => ({
  type: 'bar',
  data: { labels: ['A'], datasets: [{ label: 'Index', data: [87.5] }] },
  options: { animation: false },
});

describe('a chart figure', () => {
  it('is an image described for screen readers, drawn in the page’s language', async () => {
    // jsdom cannot hand a canvas to a worker: chart.js draws on the page, as in such browsers.
    render(
      <ChartFigure
        title="Score by skill"
        description="Bar chart; the table below has the same figures."
        config={config}
        loadingLabel="Drawing the chart…"
        failedLabel="The chart could not be drawn."
        language="fr"
      />,
    );
    expect(screen.getByRole('figure')).toHaveTextContent('Score by skill');
    expect(
      screen.getByRole('img', { name: 'Bar chart; the table below has the same figures.' }),
    ).toBeInTheDocument();
    // chart.js is drawn a task after it loads: until then the figure says it is drawing.
    expect(screen.getByText('Drawing the chart…')).toBeInTheDocument();
    await vi.waitFor(() => expect(screen.queryByText('Drawing the chart…')).toBeNull());
    expect(drawn.at(-1)?.options).toMatchObject({ animation: false, locale: 'fr' });
  });
});
