import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The page's h1. It takes focus when the page opens so screen-reader users hear where they
 * landed after a client-side navigation, as they would after a full page load.
 */
export function PageHeading({ children, autoFocus = true }: { children: ReactNode; autoFocus?: boolean }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (autoFocus) ref.current?.focus({ preventScroll: true });
  }, [autoFocus]);
  return (
    <h1 ref={ref} tabIndex={-1} className="page-heading">
      {children}
    </h1>
  );
}
