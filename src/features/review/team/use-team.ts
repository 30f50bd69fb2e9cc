import { useMemo } from 'react';
import { itemBank } from '../../../content/item-bank';
import type { OwnedReview } from '../../../domain/review/owned-review';
import { localDay } from '../../../domain/calendar/local-day';
import type { TeamRow } from '../../../domain/team/team-row';
import type { Team } from '../../../domain/team/team';
import { buildTeamView, type TeamView } from '../../../domain/team/team-view';
import { useAppStore } from '../../../stores/app-store';

export interface TeamMember {
  review: OwnedReview;
  row: TeamRow;
}

/** The first team, its members' reviews and the team view; a review deleted elsewhere drops out. */
export function useTeam(): { team: Team | undefined; members: TeamMember[]; view: TeamView } {
  const team = useAppStore((state) => state.teams[0]);
  const reviews = useAppStore((state) => state.reviews);
  return useMemo(() => {
    const ids = new Set(team?.reviewIds ?? []);
    const own = reviews.filter((review) => ids.has(review.id));
    const view = buildTeamView(own, localDay(new Date()), itemBank);
    const members = own.flatMap((review, index) => {
      const row = view.rows[index];
      return row ? [{ review, row }] : [];
    });
    return { team, members, view };
  }, [team, reviews]);
}
