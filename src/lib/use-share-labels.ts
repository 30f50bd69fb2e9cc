import { useTranslation } from 'react-i18next';

/** The translated labels of the copy / mail / share buttons, for what is being shared. */
export function useShareLabels(what: 'link' | 'text', mail?: string) {
  const { t } = useTranslation();
  return {
    copy: what === 'link' ? t('share.copyLink') : t('share.copyText'),
    copied: t('share.copied'),
    copyFailed: t('share.copyFailed'),
    mail: mail ?? t('share.mail'),
    share: t('share.share'),
  };
}
