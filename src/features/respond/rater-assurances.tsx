import { useTranslation } from 'react-i18next';
import { itemBank } from '../../content/item-bank';

/**
 * What a rater asks first, and what is true of every invitation: how long it takes and where the
 * answers go. It needs nothing from the link, so the prerendered page draws it at once, in the
 * place it keeps once the link is read.
 */
export function RaterAssurances() {
  const { t } = useTranslation();
  return (
    <section className="card respond-card" aria-labelledby="about-title">
      <h2 id="about-title">{t('respond.aboutTitle')}</h2>
      <ul>
        <li>{t('respond.time', { count: itemBank.items.length })}</li>
        <li>{t('respond.sealed')}</li>
        <li>{t('respond.draftSaved')}</li>
      </ul>
    </section>
  );
}
