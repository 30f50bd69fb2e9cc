import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { buildFollowUpCalendar } from '../../../domain/team/team-calendar';
import { downloadText } from '../../../lib/download';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { PageHeading } from '../../../ui/page-heading';
import { PageSubject } from '../../../ui/page-subject';
import { StoredData } from '../../../ui/stored-data';
import { TeamAtAGlance } from './team-heat-table';
import { TeamReminders } from './team-reminders';
import { TeamRowsTable } from './team-rows-table';
import { useTeam } from './use-team';
import './team.css';

/**
 * The manager's workspace: where each person's review stands, reminders, the team at a glance.
 * What the page is for is prerendered; the team itself is drawn below once saved data is read.
 */
export function TeamPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('team.title'));
  return (
    <>
      <PageHeading>{t('team.title')}</PageHeading>
      <p className="lead">{t('team.intro')}</p>
      <StoredData>
        <SavedTeam />
      </StoredData>
    </>
  );
}

function SavedTeam() {
  const { t } = useTranslation();
  const { team, members } = useTeam();
  const reviews = useMemo(() => members.map((member) => member.review), [members]);
  const downloadCalendar = () => {
    const ics = buildFollowUpCalendar(
      members.map((m) => m.row),
      {
        summary: (name) => t('team.calendar.summary', { name }),
        description: (name) => t('team.calendar.description', { name }),
      },
      new Date(),
    );
    downloadText('ascent-team-follow-up.ics', ics, 'text/calendar');
  };
  return (
    <>
      {team ? <PageSubject name={team.name} /> : null}
      {members.length === 0 ? (
        <div className="card team-empty">
          <p>{t('team.empty')}</p>
          <Link className="button button-primary" to="/reviews/team/new">
            {t('team.start')}
          </Link>
        </div>
      ) : (
        <>
          <div className="button-row">
            <Link className="button button-primary" to="/reviews/team/new">
              {t('team.addPeople')}
            </Link>
            <button type="button" className="button" onClick={downloadCalendar}>
              {t('team.calendar.download')}
            </button>
          </div>
          <TeamRowsTable rows={members.map((m) => m.row)} />
          <TeamReminders members={members} />
          <TeamAtAGlance reviews={reviews} />
        </>
      )}
    </>
  );
}
