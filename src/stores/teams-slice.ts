import type { StateCreator } from 'zustand';
import type { OwnedReview } from '../domain/review/owned-review';
import {
  MAX_BACKUP_REVIEWS,
  MAX_NAMED_RATERS,
  ownedReviewSchema,
} from '../domain/review/owned-review';
import { addTeamMembers, MAX_TEAMS, teamSchema, type Team } from '../domain/team/team';
import type { AppState } from './app-state';

/** `full`: past a team, review or rater limit; `invalid`: data the stored schema would refuse. */
export type AddTeamReviewsOutcome = 'saved' | 'full' | 'invalid';

export interface TeamsSlice {
  teams: Team[];
  /**
   * Saves a team's new reviews and their membership in one change, creating the team when it
   * is new: all of them are saved or none is.
   */
  addTeamReviews: (team: Team, reviews: readonly OwnedReview[]) => AddTeamReviewsOutcome;
  /** Takes a review out of the team; the review itself stays. */
  removeFromTeam: (teamId: string, reviewId: string) => void;
}

export const createTeamsSlice: StateCreator<AppState, [], [], TeamsSlice> = (set, get) => ({
  teams: [],
  addTeamReviews: (team, reviews) => {
    const state = get();
    const existing = state.teams.find((candidate) => candidate.id === team.id);
    if (!existing && state.teams.length >= MAX_TEAMS) return 'full';
    if (state.reviews.length + reviews.length > MAX_BACKUP_REVIEWS) return 'full';
    if (reviews.some((review) => review.namedRaters.length > MAX_NAMED_RATERS)) return 'full';
    if (reviews.some((review) => !ownedReviewSchema.safeParse(review).success)) return 'invalid';
    const updated = addTeamMembers(
      existing ?? team,
      reviews.map((review) => review.id),
    );
    if (updated === null) return 'full';
    if (!teamSchema.safeParse(updated).success) return 'invalid';
    set({
      reviews: [...state.reviews, ...reviews],
      teams: existing
        ? state.teams.map((candidate) => (candidate.id === team.id ? updated : candidate))
        : [...state.teams, updated],
    });
    return 'saved';
  },
  removeFromTeam: (teamId, reviewId) => {
    set((state) => ({
      teams: state.teams.map((team) =>
        team.id === teamId
          ? { ...team, reviewIds: team.reviewIds.filter((id) => id !== reviewId) }
          : team,
      ),
    }));
  },
});
