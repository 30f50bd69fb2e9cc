import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDay } from '../../../lib/format';
import {
  buildReminder,
  listReminderTargets,
  type ReminderTarget,
  type ReminderTexts,
} from '../../../domain/team/team-reminder';
import { buildMailto } from '../../../domain/files/mailto';
import { useInvitationLinks } from '../reviews/invitation-links';
import type { TeamMember } from './use-team';

function targetKey(target: ReminderTarget): string {
  return target.kind === 'named' ? `${target.rater.category}:${target.rater.id}` : target.category;
}

/** Reminders for one person's review: the same link again, the due date, nothing about answers. */
function MemberReminders({ member }: { member: TeamMember }) {
  const { t } = useTranslation();
  // The links are packed, and a dozen text boxes drawn, only for the person whose list is open:
  // a team of twelve would otherwise do it all before the page can answer.
  const [isOpen, setIsOpen] = useState(false);
  const count = listReminderTargets(member.review, member.row).length;
  return (
    <details className="team-reminders" onToggle={(event) => setIsOpen(event.currentTarget.open)}>
      <summary>{t('team.reminder.for', { name: member.review.subjectName, count })}</summary>
      {isOpen ? <ReminderList member={member} /> : null}
    </details>
  );
}

function ReminderList({ member }: { member: TeamMember }) {
  const { t, i18n } = useTranslation();
  const { review, row } = member;
  const links = useInvitationLinks(review);
  const targets = listReminderTargets(review, row);
  const texts: ReminderTexts = {
    subject: (name) => t('team.reminder.subject', { name }),
    greeting: (rater) =>
      rater ? t('team.reminder.greetingNamed', { name: rater }) : t('team.reminder.greeting'),
    body: (name, due) => t('team.reminder.body', { name, due }),
    signature: (owner) => t('team.reminder.signature', { owner }),
  };
  return (
    <>
      {links === null ? <p>{t('team.reminder.preparing')}</p> : null}
      {links === 'failed' ? <p>{t('team.reminder.failed')}</p> : null}
      {Array.isArray(links) ? (
        <ul>
          {targets.map((target) => {
            const link = links.find((l) => l.key === targetKey(target));
            if (!link) return null;
            const draft = buildReminder(texts, {
              subjectName: review.subjectName,
              dueDate: formatDay(review.dueDate, i18n.language),
              link: link.url,
              raterName: target.kind === 'named' ? target.rater.name : null,
              ownerName: review.ownerName ?? '',
            });
            const label =
              target.kind === 'named'
                ? target.rater.name
                : t('team.reminder.group', { group: t(`categories.${target.category}`) });
            return (
              <li key={link.key} className="team-reminder">
                <a className="button" href={buildMailto(draft)}>
                  {t('team.reminder.mail', { who: label })}
                </a>
                <label className="team-reminder-text">
                  {t('team.reminder.copy', { who: label })}
                  <textarea readOnly rows={4} value={draft.body} />
                </label>
              </li>
            );
          })}
        </ul>
      ) : null}
    </>
  );
}

export function TeamReminders({ members }: { members: readonly TeamMember[] }) {
  const { t } = useTranslation();
  const waiting = members.filter(
    (member) => listReminderTargets(member.review, member.row).length > 0,
  );
  return (
    <section aria-labelledby="team-reminders">
      <h2 id="team-reminders">{t('team.reminder.title')}</h2>
      <p>{t('team.reminder.intro')}</p>
      {waiting.length === 0 ? (
        <div className="card team-empty">
          <p>{t('team.reminder.none')}</p>
          <Link className="button" to="/reviews/team/new">
            {t('team.addPeople')}
          </Link>
        </div>
      ) : null}
      {waiting.map((member) => (
        <MemberReminders key={member.review.id} member={member} />
      ))}
    </section>
  );
}
