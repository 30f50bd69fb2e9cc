import './rater-form.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { itemBank } from '../../content/item-bank';
import { itemNumber } from '../../domain/assessment/assessment-steps';
import { raterDraftKey } from '../../domain/review/rater-draft';
import { MAX_COMMENT, MAX_RATER_NAME, type Invitation } from '../../domain/review/review';
import { NOT_OBSERVED, ratingValues, type RaterAnswer } from '../../domain/instrument/scale';
import { formatDay } from '../../lib/format';
import { useAppStore } from '../../stores/app-store';
import { Notice } from '../../ui/notice';
import { InvitationIntro, OpeningInvitation } from './invitation-intro';
import { RaterQuestions } from './rater-questions';
import { SentResponse } from './sent-response';
import { sendResponse } from './send-response';

export function RaterForm({ invitation }: { invitation: Invitation }) {
  const { t, i18n } = useTranslation();
  const key = raterDraftKey(invitation);
  const draft = useAppStore((state) => state.raterDrafts[key]);
  const answerAsRater = useAppStore((state) => state.answerAsRater);
  const updateRaterText = useAppStore((state) => state.updateRaterText);
  const [missing, setMissing] = useState<number[] | null>(null);
  const [isSending, setSending] = useState(false);
  const [failed, setFailed] = useState(false);

  const isSelf = invitation.category === 'self';
  const name = invitation.subjectName;
  // The draft is made as the link is read (use-invitation.ts); until then the page keeps its place.
  if (!draft) return <OpeningInvitation />;
  if (draft.sentCode) return <SentResponse draft={draft} />;

  const answered = Object.keys(draft.answers).length;
  const options: { value: RaterAnswer; label: string }[] = [
    ...ratingValues.map((value) => ({
      value,
      label: value === 5 && !isSelf ? t('scale.5rater') : t(`scale.${value}`),
    })),
    { value: NOT_OBSERVED, label: t('scale.notObserved') },
  ];

  const send = async () => {
    const gaps = itemBank.items.filter((item) => draft.answers[item.id] === undefined);
    if (gaps.length > 0) {
      setMissing(gaps.map((item) => itemNumber(itemBank, item.id)));
      return;
    }
    setMissing(null);
    setSending(true);
    const ok = await sendResponse(key, draft, i18n.language);
    setSending(false);
    setFailed(!ok);
  };

  return (
    <>
      <InvitationIntro />
      <section className="card" aria-labelledby="invitation-title">
        <h2 id="invitation-title">
          {isSelf ? t('respond.selfTitle') : t('respond.raterTitle', { name })}
        </h2>
        {invitation.message ? (
          <blockquote className="owner-message">{invitation.message}</blockquote>
        ) : null}
        <ul>
          {invitation.ownerName ? (
            <li>{t('respond.asks', { owner: invitation.ownerName, name })}</li>
          ) : null}
          <li>
            {t('respond.due', {
              date: formatDay(invitation.dueDate, i18n.language),
            })}
          </li>
          <li>{t(`respond.visibility.${invitation.category}`, { name })}</li>
          {isSelf ? null : <li>{t('respond.comments')}</li>}
        </ul>
      </section>
      <p className="progress-step">
        {t('assessment.progressValue', { answered, total: itemBank.items.length })}
      </p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void send();
        }}
      >
        <RaterQuestions
          invitation={invitation}
          answers={draft.answers}
          options={options}
          missing={missing}
          onAnswer={(itemId, value) => answerAsRater(key, itemId, value)}
        />
        {/* The self view is ratings only: comments are what others have to say. */}
        {isSelf ? null : (
          <section aria-labelledby="comments-title">
            <h2 id="comments-title">{t('respond.commentsTitle')}</h2>
            <label className="field field-wide">
              <span>{t('respond.strength', { name })}</span>
              <textarea
                rows={3}
                maxLength={MAX_COMMENT}
                value={draft.strength}
                onChange={(event) => updateRaterText(key, { strength: event.target.value })}
              />
            </label>
            <label className="field field-wide">
              <span>{t('respond.develop', { name })}</span>
              <textarea
                rows={3}
                maxLength={MAX_COMMENT}
                value={draft.develop}
                onChange={(event) => updateRaterText(key, { develop: event.target.value })}
              />
            </label>
            <label className="choice">
              <input
                type="checkbox"
                checked={draft.includeName}
                onChange={(event) => updateRaterText(key, { includeName: event.target.checked })}
              />
              {t('respond.includeName')}
            </label>
            {draft.includeName ? (
              <label className="field">
                <span>{t('respond.yourName')}</span>
                <input
                  type="text"
                  maxLength={MAX_RATER_NAME}
                  autoComplete="name"
                  value={draft.raterName}
                  onChange={(event) => updateRaterText(key, { raterName: event.target.value })}
                />
              </label>
            ) : null}
          </section>
        )}
        {missing ? (
          <Notice tone="error">
            {t('respond.missing', { count: missing.length, items: missing.join(', ') })}
          </Notice>
        ) : null}
        {failed ? <Notice tone="error">{t('respond.sendFailed')}</Notice> : null}
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={isSending}>
            {t('respond.send')}
          </button>
        </div>
      </form>
    </>
  );
}
