import { useTranslation } from 'react-i18next';
import { itemBank } from '../../content/item-bank';
import { PageHeading } from '../../ui/page-heading';

/**
 * The top of every state of the rater's page: its heading and what is true of every invitation —
 * how long it takes and where the answers go. It needs nothing from the link, so the prerendered
 * page draws it at once, and it stays as drawn once the link is read: the person reviewed is
 * named further down, where a long name that wraps moves nothing already on screen.
 */
export function InvitationIntro() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{t('respond.title')}</PageHeading>
      <section className="card" aria-labelledby="about-title">
        <h2 id="about-title">{t('respond.aboutTitle')}</h2>
        <ul>
          <li>{t('respond.time', { count: itemBank.items.length })}</li>
          <li>{t('respond.sealed')}</li>
          <li>{t('respond.draftSaved')}</li>
        </ul>
      </section>
    </>
  );
}

/** The intro with a line saying the invitation is being opened: it takes the form's place. */
export function OpeningInvitation() {
  const { t } = useTranslation();
  return (
    <>
      <InvitationIntro />
      <p className="hint">{t('app.loading')}</p>
    </>
  );
}
