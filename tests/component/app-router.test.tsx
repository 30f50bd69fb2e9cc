import { render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { useLocation } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { AppRouter } from '../../src/app/app-router';

/** Shows the router's address; on its first render the address changes behind the router's back. */
function AddressChangedDuringFirstRender() {
  const location = useLocation();
  const isFirst = useRef(true);
  if (isFirst.current) {
    isFirst.current = false;
    window.history.replaceState(null, '', '/collect#code');
  }
  return <p>{`${location.pathname}${location.hash}`}</p>;
}

describe('the app router', () => {
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('follows an address that changed while the page was being taken over', () => {
    window.history.replaceState(null, '', '/collect');
    render(
      <AppRouter>
        <AddressChangedDuringFirstRender />
      </AppRouter>,
    );
    expect(screen.getByText('/collect#code')).toBeInTheDocument();
  });
});
