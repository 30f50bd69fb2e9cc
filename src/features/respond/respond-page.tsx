import './respond-page.css';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useHydrated } from '../../lib/use-hydrated';
import { Notice } from '../../ui/notice';
import { linkErrorMessage } from '../../lib/link-error-message';
import { InvitationIntro, OpeningInvitation } from './invitation-intro';
import { RaterForm } from './rater-form';
import { useInvitation } from './use-invitation';

/** Where an invitation link lands: a rater answers here, with no account and no server. */
export function RespondPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('respond.title'));
  const { hash } = useLocation();
  const [pasted, setPasted] = useState('');
  const [submitted, setSubmitted] = useState('');
  // The prerendered page cannot know the link's code (after the #): it, and the render that
  // takes it over, show the paste box; the code is read right after.
  const isHydrated = useHydrated();
  const state = useInvitation(isHydrated ? submitted || hash : '');
  // From here the app says itself whether it is reading a link (see respond-page.css).
  useEffect(() => {
    if (isHydrated) delete document.documentElement.dataset['linkCode'];
  }, [isHydrated]);

  if (state.status === 'ready') return <RaterForm invitation={state.invitation} />;
  // In place of the paste box, so that nothing on screen moves while the link is read.
  if (state.status === 'reading') return <OpeningInvitation />;

  return (
    <>
      <InvitationIntro />
      <p className="hint respond-opening">{t('app.loading')}</p>
      {state.status === 'refused' ? (
        <Notice tone="error">{linkErrorMessage(state.reason, t)}</Notice>
      ) : null}
      <form
        className="respond-paste"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setSubmitted(pasted);
        }}
      >
        <label className="field field-wide">
          <span>{t('respond.pasteLabel')}</span>
          <textarea rows={3} value={pasted} onChange={(event) => setPasted(event.target.value)} />
        </label>
        <button type="submit" className="button button-primary" disabled={pasted.trim() === ''}>
          {t('respond.open')}
        </button>
      </form>
    </>
  );
}
