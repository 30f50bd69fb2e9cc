import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../lib/use-document-title';
import { PageHeading } from '../../ui/page-heading';
import { DataSection } from './data-section';
import { LanguagePicker } from './language-picker';

export function SettingsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('settings.title'));
  return (
    <>
      <PageHeading>{t('settings.title')}</PageHeading>
      <section aria-labelledby="language-title">
        <h2 id="language-title">{t('settings.languageTitle')}</h2>
        <LanguagePicker />
      </section>
      <DataSection />
    </>
  );
}
