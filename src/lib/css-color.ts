/** Colors come from the page's CSS custom properties, so charts follow the light or dark theme. */
export function cssColor(name: string, fallback: string): string {
  const value = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  return value || fallback;
}
