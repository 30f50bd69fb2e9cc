import { useRef, type ReactNode } from 'react';
import { useNearViewport } from '../lib/use-near-viewport';

interface WhenNearViewportProps {
  /** Costly to build and far down the page: built once it comes near the screen. */
  children: ReactNode;
  /** Holds the place meanwhile, about the size of what comes, so little moves. */
  placeholderClassName: string;
}

export function WhenNearViewport({ children, placeholderClassName }: WhenNearViewportProps) {
  const ref = useRef<HTMLDivElement>(null);
  const isNear = useNearViewport(ref);
  return isNear ? children : <div ref={ref} className={placeholderClassName} />;
}
