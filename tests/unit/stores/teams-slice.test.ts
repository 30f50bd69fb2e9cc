import { describe, expect, it } from 'vitest';
import { MAX_TEAM_MEMBERS, type Team } from '../../../src/domain/team/team';
import { parseBackup, createBackup, mergeBackup } from '../../../src/storage/backup';
import { migrateState } from '../../../src/stores/migrations';
import { emptyPersistedState, persistedStateSchema } from '../../../src/stores/persisted-state';
import { freshStorageAt, loadApp, readStoredState } from '../support/app-store';
import { OTHER_REVIEW_ID, REVIEW_ID, ownedReview } from '../support/reviews';

const NOW = new Date('2026-03-04T05:06:07.089Z');

const team: Team = {
  id: 'team0000001',
  name: 'Platform',
  createdAt: NOW.toISOString(),
  reviewIds: [],
};

freshStorageAt(NOW);

describe('addTeamReviews', () => {
  it('saves the reviews and the team together', async () => {
    const { useAppStore } = await loadApp();
    const reviews = [ownedReview(), ownedReview({ id: OTHER_REVIEW_ID })];

    expect(useAppStore.getState().addTeamReviews(team, reviews)).toBe('saved');

    expect(readStoredState().reviews).toEqual(reviews);
    expect(readStoredState().teams).toEqual([{ ...team, reviewIds: [REVIEW_ID, OTHER_REVIEW_ID] }]);
  });

  it('adds one more person to a known team the same way', async () => {
    const { useAppStore } = await loadApp();
    useAppStore.getState().addTeamReviews(team, [ownedReview()]);

    useAppStore.getState().addTeamReviews(team, [ownedReview({ id: OTHER_REVIEW_ID })]);

    expect(useAppStore.getState().teams).toEqual([
      { ...team, reviewIds: [REVIEW_ID, OTHER_REVIEW_ID] },
    ]);
  });

  it('saves nothing when the team would pass its member limit', async () => {
    const { useAppStore } = await loadApp();
    const full = {
      ...team,
      reviewIds: Array.from(
        { length: MAX_TEAM_MEMBERS },
        (_, i) => `${String(i).padStart(2, '0')}${'A'.repeat(20)}`,
      ),
    };
    useAppStore.setState({ teams: [full] });

    expect(useAppStore.getState().addTeamReviews(team, [ownedReview()])).toBe('full');
    expect(useAppStore.getState().reviews).toEqual([]);
  });

  it('takes a review out of the team and keeps the review', async () => {
    const { useAppStore } = await loadApp();
    useAppStore.getState().addTeamReviews(team, [ownedReview()]);

    useAppStore.getState().removeFromTeam(team.id, REVIEW_ID);

    expect(useAppStore.getState().teams[0]?.reviewIds).toEqual([]);
    expect(useAppStore.getState().reviews).toHaveLength(1);
  });
});

describe('teams in stored data and backups', () => {
  it('gives a version-2 state no teams and keeps everything else', () => {
    const versionTwo = { ...emptyPersistedState, reviews: [ownedReview()] };

    const migrated = migrateState(versionTwo, 2);

    expect(migrated).toEqual(versionTwo);
    expect(persistedStateSchema.safeParse(migrated).success).toBe(true);
  });

  it('round-trips teams through a backup and merges unknown teams once', () => {
    const data = {
      ...emptyPersistedState,
      reviews: [ownedReview()],
      teams: [{ ...team, reviewIds: [REVIEW_ID] }],
    };
    const parsed = parseBackup(JSON.stringify(createBackup(data, NOW)));

    expect(parsed.ok && parsed.value.data.teams).toEqual(data.teams);
    const merged = mergeBackup(data, data).data;
    expect(merged.teams).toEqual(data.teams);
    expect(mergeBackup(emptyPersistedState, data).data.teams).toEqual(data.teams);
  });

  it('replaces this browser’s teams with none when an older backup without teams is restored', async () => {
    const { useAppStore } = await loadApp();
    useAppStore.getState().addTeamReviews(team, [ownedReview()]);
    useAppStore.getState().replaceData({ ...emptyPersistedState, teams: undefined });

    expect(useAppStore.getState().teams).toEqual([]);
  });
});
