import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../src/app/error-boundary';
import { renderWithProviders } from '../support/render';

let isBroken = true;

function Fragile() {
  if (isBroken) throw new Error('render failed');
  return <p>page content</p>;
}

describe('the error boundary', () => {
  it('shows a recoverable message instead of a blank page', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    isBroken = true;
    const { user } = renderWithProviders(
      <ErrorBoundary resetKey="/">
        <Fragile />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Your saved data is safe');
    expect(screen.getByRole('link', { name: 'Go to the home page' })).toBeVisible();

    isBroken = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('page content')).toBeVisible();
  });
});
