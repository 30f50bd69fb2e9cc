import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The page's h1. It takes focus when the page opens so screen-reader users hear where they
 * landed after a client-side navigation, as they would after a full page load.
 */
export function PageHeading({
  children,
  id,
  takesFocus = true,
}: {
  children: ReactNode;
  /** For a part of the page that the page's own heading names. */
  id?: string;
  takesFocus?: boolean;
}) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (takesFocus) ref.current?.focus({ preventScroll: true });
  }, [takesFocus]);
  return (
    <h1 ref={ref} id={id} tabIndex={-1} className="page-heading">
      {children}
    </h1>
  );
}
