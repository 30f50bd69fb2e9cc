/** The address the app is served from (origin + sub-path), so links work wherever it is deployed. */
export function appBaseUrl(): string {
  return new URL(import.meta.env.BASE_URL, window.location.origin).href;
}
