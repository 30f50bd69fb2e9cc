/** Colors come from the page's CSS custom properties, so charts follow the light or dark theme. */
export function cssColor(name: string, fallback: string): string {
  const value = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  return value || fallback;
}

export function themeColors() {
  return {
    accent: cssColor('--accent', '#1d4ed8'),
    text: cssColor('--text', '#111827'),
    grid: cssColor('--border', '#d1d5db'),
  };
}

/** The 0–100 radial scale every radar in Ascent uses. */
export function radarScale(colors: { text: string; grid: string }) {
  return {
    min: 0,
    max: 100,
    ticks: { stepSize: 25, color: colors.text, backdropColor: 'transparent' },
    grid: { color: colors.grid },
    angleLines: { color: colors.grid },
    pointLabels: { color: colors.text, font: { size: 12 } },
  };
}
