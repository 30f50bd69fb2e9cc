import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Every page names itself in the tab title, so history and screen readers can tell pages apart. */
export function useDocumentTitle(title: string): void {
  const { t } = useTranslation();
  const appName = t('app.name');
  useEffect(() => {
    document.title = title ? `${title} · ${appName}` : appName;
  }, [title, appName]);
}
