import { useCallback } from 'react';

/**
 * A ref for a region that may scroll sideways (a wide table on a phone). While its content
 * overflows it joins the tab order, so keyboard users can scroll it too (WCAG 2.1.1); when it
 * fits, it stays out of the way.
 */
export function useKeyboardScroll(): (element: HTMLElement | null) => () => void {
  return useCallback((element: HTMLElement | null) => {
    if (!element) return () => undefined;
    const update = () => {
      if (element.scrollWidth > element.clientWidth) element.tabIndex = 0;
      else element.removeAttribute('tabindex');
    };
    if (typeof ResizeObserver === 'undefined') {
      update();
      return () => undefined;
    }
    // The box resizes with the window; its rows change what overflows. The observer's first
    // report comes once the page is laid out: measuring earlier would force that layout in the
    // middle of React's work, a long task on a slow phone.
    const observer = new ResizeObserver(update);
    observer.observe(element);
    for (const child of element.children) observer.observe(child);
    return () => observer.disconnect();
  }, []);
}
