import { useTranslation } from 'react-i18next';
import { buildMailto } from '../../domain/files/mailto';
import type { RaterDraft } from '../../domain/review/rater-draft';
import { responseUrl } from '../../links/link-url';
import { appBaseUrl } from '../../lib/app-url';
import { downloadText } from '../../lib/download';
import { PageHeading } from '../../ui/page-heading';
import { useShareLabels } from '../../lib/use-share-labels';
import { QrCode } from '../../ui/qr-code';
import { ShareActions } from '../../ui/share-actions';

/** After sending: the sealed answer as a link, a code to paste, a QR code and a file. */
export function SentResponse({ draft }: { draft: RaterDraft }) {
  const { t } = useTranslation();
  const labels = useShareLabels('link', t('respond.mailOwner'));
  const code = draft.sentCode ?? '';
  const url = responseUrl(appBaseUrl(), code);
  const name = draft.invitation.subjectName;
  const email = draft.invitation.ownerEmail;
  const subject = t('respond.mailSubject', { name });
  const body = t('respond.mailBody', { name, link: url });
  return (
    <>
      <PageHeading>{t('respond.sentTitle')}</PageHeading>
      <p>{t('respond.sentBody', { name })}</p>
      <label className="field field-wide">
        <span>{t('respond.responseLink')}</span>
        <textarea readOnly rows={4} value={url} onFocus={(event) => event.currentTarget.select()} />
      </label>
      <ShareActions
        text={url}
        mailto={email ? buildMailto({ to: email, subject, body }) : null}
        shareTitle={subject}
        labels={labels}
      />
      <label className="field field-wide">
        <span>{t('respond.responseCode')}</span>
        <textarea
          readOnly
          rows={4}
          value={code}
          onFocus={(event) => event.currentTarget.select()}
        />
      </label>
      <div className="button-row">
        <button
          type="button"
          className="button"
          onClick={() => downloadText('ascent-response.txt', url, 'text/plain')}
        >
          {t('respond.download')}
        </button>
      </div>
      <details>
        <summary>{t('respond.showQr')}</summary>
        <QrCode value={url} label={t('respond.qrLabel')} />
      </details>
      <p className="hint">{t('respond.sentPrivacy')}</p>
    </>
  );
}
