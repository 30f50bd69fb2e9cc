import { useTranslation } from 'react-i18next';
import { buildMailto } from '../../../domain/files/mailto';
import type { OwnedReview } from '../../../domain/review/owned-review';
import { formatDay } from '../../../lib/format';
import { useShareLabels } from '../../../lib/use-share-labels';
import { QrCode } from '../../../ui/qr-code';
import { ShareActions } from '../../../ui/share-actions';
import type { InvitationLink } from './invitation-links';

interface InvitationCardProps {
  review: OwnedReview;
  link: InvitationLink;
  received: number;
}

export function InvitationCard({ review, link, received }: InvitationCardProps) {
  const { t, i18n } = useTranslation();
  const linkLabels = useShareLabels('link');
  const textLabels = useShareLabels('text');
  const category = t(`categories.${link.category}`);
  const title = link.raterName ? `${link.raterName} (${category})` : category;
  const due = formatDay(review.dueDate, i18n.language);
  const subject = t('invite.mailSubject', { name: review.subjectName });
  const body = t('invite.mailBody', {
    name: review.subjectName,
    date: due,
    link: link.url,
    message: review.message,
  });
  const reminder = t('invite.reminder', { name: review.subjectName, date: due, link: link.url });
  return (
    <article className="card invitation" aria-label={title}>
      <h3>{title}</h3>
      <p className="hint">
        {link.raterName
          ? received > 0
            ? t('invite.namedAnswered')
            : t('invite.namedWaiting')
          : t('invite.received', { count: received })}
      </p>
      <label className="field field-wide">
        <span>{t('invite.linkLabel', { who: title })}</span>
        <input
          type="text"
          readOnly
          value={link.url}
          onFocus={(event) => event.currentTarget.select()}
        />
      </label>
      <ShareActions
        text={link.url}
        mailto={buildMailto({ to: '', subject, body })}
        shareTitle={subject}
        labels={linkLabels}
      />
      <details>
        <summary>{t('invite.showQr')}</summary>
        <QrCode value={link.url} label={t('invite.qrLabel', { who: title })} />
      </details>
      <details>
        <summary>{t('invite.reminderTitle')}</summary>
        <textarea readOnly rows={3} value={reminder} aria-label={t('invite.reminderTitle')} />
        <ShareActions text={reminder} mailto={null} shareTitle={subject} labels={textLabels} />
      </details>
    </article>
  );
}
