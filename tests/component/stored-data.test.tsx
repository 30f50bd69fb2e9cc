import { act, render, screen } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { StoredData } from '../../src/ui/stored-data';

const page = (
  <StoredData placeholder={<p>Reading your goals</p>}>
    <p>Your 3 goals</p>
  </StoredData>
);

describe('StoredData', () => {
  it('shows saved data at once when the app draws the page itself', () => {
    render(page);
    expect(screen.getByText('Your 3 goals')).toBeInTheDocument();
    expect(screen.queryByText('Reading your goals')).not.toBeInTheDocument();
  });

  it('holds its place in prerendered HTML, where no saved data exists', () => {
    const html = renderToString(page);
    expect(html).toContain('Reading your goals');
    expect(html).not.toContain('Your 3 goals');
  });

  it('takes prerendered HTML over without a mismatch, then shows the data on its own', async () => {
    const container = document.createElement('div');
    container.innerHTML = renderToString(page);
    document.body.append(container);
    const onRecoverableError = vi.fn();
    await act(async () => {
      hydrateRoot(container, page, { onRecoverableError });
      await Promise.resolve();
    });
    expect(await screen.findByText('Your 3 goals')).toBeInTheDocument();
    expect(screen.queryByText('Reading your goals')).not.toBeInTheDocument();
    expect(onRecoverableError).not.toHaveBeenCalled();
    container.remove();
  });
});
