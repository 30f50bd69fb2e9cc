import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from '../lib/use-document-title';
import { PageHeading } from './page-heading';

export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('errors.notFoundTitle'));
  return (
    <>
      <PageHeading>{t('errors.notFoundTitle')}</PageHeading>
      <p>{t('errors.notFoundBody')}</p>
      <Link to="/">{t('errors.home')}</Link>
    </>
  );
}
