import { render, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { holdStoredData, releaseStoredData } from '../../src/lib/stored-data-shown';
import { StoredData } from '../../src/ui/stored-data';

const page = (
  <StoredData placeholder={<p>Reading your goals</p>}>
    <p>Your 3 goals</p>
  </StoredData>
);

describe('StoredData', () => {
  afterEach(releaseStoredData);

  it('shows saved data at once when the app draws the page itself', () => {
    render(page);
    expect(screen.getByText('Your 3 goals')).toBeInTheDocument();
    expect(screen.queryByText('Reading your goals')).not.toBeInTheDocument();
  });

  it('holds its place in prerendered HTML, where no saved data exists', () => {
    holdStoredData();
    const html = renderToString(page);
    expect(html).toContain('Reading your goals');
    expect(html).not.toContain('Your 3 goals');
  });

  it('while taking a page over, the data follows on its own, with no event needed', async () => {
    holdStoredData();
    render(page);
    expect(await screen.findByText('Your 3 goals')).toBeInTheDocument();
    expect(screen.queryByText('Reading your goals')).not.toBeInTheDocument();
  });

  it('once the page is taken over, parts that mount later show their data at once', () => {
    holdStoredData();
    releaseStoredData();
    render(page);
    expect(screen.getByText('Your 3 goals')).toBeInTheDocument();
  });
});
