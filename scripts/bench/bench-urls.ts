// The pages the browser benchmarks open, with the stored data a real user would have there.
import { packInvitation } from '../../src/links/invitation-link';
import { invitationUrl } from '../../src/links/link-url';
import type { PersistedState } from '../../src/stores/persisted-state';
import { buildHeavyState, storedEntries } from '../../tests/support/heavy-state';
import { buildTeamState } from '../../tests/support/team-state';
import { createOwner, sampleInvitation } from '../../tests/unit/links/link-fixtures';

export interface BenchPage {
  route: string;
  /** Path and fragment, relative to the served app. */
  path: string;
  /** localStorage entries present before the page opens (empty for a first-time visitor). */
  storage: Record<string, string>;
  /** Also timed starting offline: the pages people open from a link or the home screen. */
  offlineStart: boolean;
}

function reportPath(state: PersistedState): string {
  const review = state.reviews.find((candidate) => candidate.responses.length > 0);
  if (!review) throw new Error('the heavy history has no answered review');
  return `/reviews/${review.id}/report`;
}

/** A rater opening an invitation: a fresh browser, the link as the owner's mail would carry it. */
async function invitationPath(): Promise<string> {
  const owner = await createOwner();
  const code = await packInvitation(
    sampleInvitation(owner.publicKey, { subjectName: 'Ana', message: 'Thank you for your time!' }),
  );
  return new URL(invitationUrl('http://localhost/', code)).pathname + `#${code}`;
}

export async function benchPages(): Promise<BenchPage[]> {
  const state = buildHeavyState();
  const stored = storedEntries(state);
  return [
    { route: 'home', path: '/', storage: stored, offlineStart: true },
    { route: 'self-assessment', path: '/assessment', storage: stored, offlineStart: false },
    { route: 'results', path: '/results', storage: stored, offlineStart: false },
    {
      route: 'rater opens an invitation',
      path: await invitationPath(),
      storage: {},
      offlineStart: true,
    },
    { route: '360 report', path: reportPath(state), storage: stored, offlineStart: false },
    { route: 'plan', path: '/plan', storage: stored, offlineStart: false },
    { route: 'history', path: '/history', storage: stored, offlineStart: false },
    { route: 'reviews list', path: '/reviews', storage: stored, offlineStart: false },
    { route: 'new review', path: '/reviews/new', storage: stored, offlineStart: false },
    { route: 'collect answers', path: '/collect', storage: stored, offlineStart: false },
    { route: 'new goal', path: '/plan/goals/new', storage: stored, offlineStart: false },
    { route: 'business case', path: '/plan/case', storage: stored, offlineStart: false },
    { route: 'catalog', path: '/plan/catalog', storage: stored, offlineStart: false },
    { route: 'settings', path: '/settings', storage: stored, offlineStart: false },
    // A manager's team at the measured scale: 12 people × 12 raters × 3 waves.
    {
      route: 'team',
      path: '/reviews/team',
      storage: storedEntries(buildTeamState()),
      offlineStart: false,
    },
  ];
}
