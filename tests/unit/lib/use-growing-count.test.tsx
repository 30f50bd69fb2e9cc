import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useGrowingCount } from '../../../src/lib/use-growing-count';
import { nextTask } from '../../../src/lib/next-task';

function List({ total, first }: { total: number; first?: number }) {
  const shown = useGrowingCount(total, first);
  return (
    <ul>
      {Array.from({ length: shown }, (_, index) => (
        <li key={index}>{`item ${String(index + 1)}`}</li>
      ))}
    </ul>
  );
}

const items = () => screen.queryAllByRole('listitem');

describe('useGrowingCount', () => {
  it('draws the first item at once, then one more per task, up to the whole list', async () => {
    render(<List total={4} />);
    expect(items()).toHaveLength(1);
    await nextTask();
    await nextTask();
    // Not all at once: at most one more per task.
    expect(items().length).toBeLessThan(4);
    expect(await screen.findByText('item 4')).toBeInTheDocument();
    expect(items()).toHaveLength(4);
  });

  it('never draws more than the list holds, and draws nothing for an empty list', async () => {
    const { rerender } = render(<List total={3} />);
    await screen.findByText('item 3');
    rerender(<List total={2} />);
    expect(items()).toHaveLength(2);
    rerender(<List total={0} />);
    expect(items()).toHaveLength(0);
  });

  it('draws an item added once the list is all drawn at once, so nothing after it goes away', async () => {
    const { rerender } = render(<List total={2} />);
    await screen.findByText('item 2');
    rerender(<List total={3} />);
    expect(items()).toHaveLength(3);
  });

  it('draws a list that starts with one item or none in full as it grows', () => {
    const { rerender } = render(<List total={0} />);
    expect(items()).toHaveLength(0);
    rerender(<List total={4} />);
    expect(items()).toHaveLength(4);
  });

  it('draws as many as asked at once, then grows one per task', async () => {
    render(<List total={6} first={3} />);
    expect(items()).toHaveLength(3);
    await nextTask();
    expect(items().length).toBeLessThan(6);
    expect(await screen.findByText('item 6')).toBeInTheDocument();
  });

  it('draws a list no longer than what is asked at once in full', () => {
    render(<List total={3} first={3} />);
    expect(items()).toHaveLength(3);
  });
});
