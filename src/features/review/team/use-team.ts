import { useMemo } from 'react';
import type { OwnedReview } from '../../../domain/review/owned-review';
import { localDay } from '../../../domain/calendar/local-day';
import { buildTeamRow, type TeamRow } from '../../../domain/team/team-row';
import type { Team } from '../../../domain/team/team';
import { useAppStore } from '../../../stores/app-store';

export interface TeamMember {
  review: OwnedReview;
  row: TeamRow;
}

/** The first team and where each member's review stands; a review deleted elsewhere drops out. */
export function useTeam(): { team: Team | undefined; members: TeamMember[] } {
  const team = useAppStore((state) => state.teams[0]);
  const reviews = useAppStore((state) => state.reviews);
  return useMemo(() => {
    const ids = new Set(team?.reviewIds ?? []);
    const today = localDay(new Date());
    const members = reviews
      .filter((review) => ids.has(review.id))
      .map((review) => ({ review, row: buildTeamRow(review, today) }));
    return { team, members };
  }, [team, reviews]);
}
