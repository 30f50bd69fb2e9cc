import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

let lastPrerenderedTitle = '';

/** The title of the page the build last rendered, for its <title> (effects never run there). */
export function prerenderedTitle(): string {
  return lastPrerenderedTitle;
}

function notePrerenderedTitle(title: string): void {
  lastPrerenderedTitle = title;
}

/** Every page names itself in the tab title, so history and screen readers can tell pages apart. */
export function useDocumentTitle(title: string): void {
  const { t } = useTranslation();
  const appName = t('app.name');
  const fullTitle = title ? `${title} · ${appName}` : appName;
  if (import.meta.env.SSR) notePrerenderedTitle(fullTitle);
  useEffect(() => {
    document.title = fullTitle;
  }, [fullTitle]);
}
