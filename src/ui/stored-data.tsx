import type { ReactNode } from 'react';
import { useHydrated } from '../lib/use-hydrated';

interface StoredDataProps {
  /** What shows saved data, or is set up from it (a form's first values). */
  children: ReactNode;
  /** Holds the place until then: the same size, so nothing below moves. Nothing by default. */
  placeholder?: ReactNode;
}

/**
 * Draws its children once saved data has been read: never in the prerendered HTML, nor in the
 * render that takes it over. Parts that appear only with saved data (a dashboard, say) go inside
 * one too, below everything that must not move.
 */
export function StoredData({ children, placeholder = null }: StoredDataProps) {
  return useHydrated() ? children : placeholder;
}
