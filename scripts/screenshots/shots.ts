// The pages `npm run screenshots` draws, each with the stored data a real user would have there.
import { packInvitation } from '../../src/links/invitation-link';
import { invitationUrl } from '../../src/links/link-url';
import { buildHeavyState, storedEntries } from '../../tests/support/heavy-state';
import { buildTeamState } from '../../tests/support/team-state';
import type { PersistedState } from '../../src/stores/persisted-state';
import { createOwner, sampleInvitation } from '../../tests/unit/links/link-fixtures';

export interface Shot {
  /** The first part of the file name: route-width-scheme.png. */
  name: string;
  /** Path and fragment, relative to the served app. */
  path: string;
  /** localStorage entries present before the page opens (empty for a first-time visitor). */
  storage: Record<string, string>;
}

/** The team as a manager sees it mid-wave: due dates around today rather than the generator's. */
function midWave(state: PersistedState): PersistedState {
  const day = 24 * 60 * 60 * 1000;
  const dueDate = (index: number) =>
    new Date(Date.now() + (index % 4 === 3 ? -2 : 5 + index) * day).toISOString().slice(0, 10);
  return {
    ...state,
    reviews: state.reviews.map((review, index) => ({ ...review, dueDate: dueDate(index) })),
  };
}

/** A rater opening an invitation in a fresh browser, the link as the owner's mail carries it. */
async function invitationPath(): Promise<string> {
  const owner = await createOwner();
  const code = await packInvitation(
    sampleInvitation(owner.publicKey, { subjectName: 'Ana', message: 'Thank you for your time!' }),
  );
  return new URL(invitationUrl('http://localhost/', code)).pathname + `#${code}`;
}

export async function screenshotShots(): Promise<Shot[]> {
  const state = buildHeavyState();
  const stored = storedEntries(state);
  const review = state.reviews.find((candidate) => candidate.responses.length > 0);
  if (!review) throw new Error('the ten-year history has no answered review');
  const withHistory = (name: string, path: string): Shot => ({ name, path, storage: stored });
  // A manager's team at the scale the app is measured at: 12 people, 12 raters, 3 waves.
  const team = midWave(buildTeamState());
  const teamStored = storedEntries(team);
  const withTeam = (name: string, path: string): Shot => ({ name, path, storage: teamStored });
  const member = team.reviews[0];
  if (!member) throw new Error('the team has people');
  return [
    withHistory('home', '/'),
    withHistory('assessment', '/assessment'),
    withHistory('results', '/results'),
    withHistory('history', '/history'),
    withHistory('reviews', '/reviews'),
    withHistory('review', `/reviews/${review.id}`),
    withHistory('report', `/reviews/${review.id}/report`),
    { name: 'invitation', path: await invitationPath(), storage: {} },
    withHistory('collect', '/collect'),
    withHistory('plan', '/plan'),
    withHistory('plan-new-goal', '/plan/goals/new'),
    withHistory('plan-case', '/plan/case'),
    withHistory('plan-catalog', '/plan/catalog'),
    withHistory('settings', '/settings'),
    withTeam('team', '/reviews/team'),
    withTeam('team-new', '/reviews/team/new'),
    withTeam('team-guide', `/reviews/team/${member.id}/guide`),
    { name: 'home-first-visit', path: '/', storage: {} },
  ];
}
