import { describe, expect, it } from 'vitest';
import { buildTeamRow } from '../../../../src/domain/team/team-row';
import { matchesFilter, sortTeamRows } from '../../../../src/domain/team/team-sort';
import { shortIdFor } from '../../../support/reviews';
import { many, teamReview } from './team-fixtures';

const peerA = { id: shortIdFor('peer', 1), name: 'Bo', category: 'peer' as const };
const peerB = { id: shortIdFor('peer', 2), name: 'Cy', category: 'peer' as const };

describe('buildTeamRow', () => {
  it('counts responses per invited group against the threshold', async () => {
    const review = await teamReview(1, 'Ana', [
      ...many('peer', [4, 4]),
      ...many('direct-report', [3, 3, 3]),
      { category: 'self', rating: 4 },
    ]);
    const row = buildTeamRow(review, '2026-03-01');
    expect(row.groups).toEqual([
      { category: 'self', responded: 1, needed: 1 },
      { category: 'manager', responded: 0, needed: 1 },
      { category: 'peer', responded: 2, needed: 3 },
      { category: 'direct-report', responded: 3, needed: 3 },
    ]);
    expect(row.nextStep).toEqual({ kind: 'awaiting', category: 'manager', missing: 1 });
  });

  it('names the raters who still have to answer and those who have', async () => {
    const review = await teamReview(
      2,
      'Ana',
      [{ category: 'peer', rating: 4, raterId: peerA.id }],
      {
        namedRaters: [peerA, peerB],
      },
    );
    const row = buildTeamRow(review, '2026-03-01');
    expect(row.pending.map((r) => r.name)).toEqual(['Cy']);
    expect(row.answered.map((r) => r.name)).toEqual(['Bo']);
  });

  it('is ready to share once every group has enough, and shared once the wave is frozen', async () => {
    const answers = [
      { category: 'self' as const, rating: 4 as const },
      { category: 'manager' as const, rating: 4 as const },
      ...many('peer', [4, 4, 4]),
      ...many('direct-report', [3, 3, 3]),
    ];
    const ready = await teamReview(3, 'Ana', answers);
    expect(buildTeamRow(ready, '2026-03-01').nextStep).toEqual({ kind: 'ready-to-share' });
    const shared = await teamReview(3, 'Ana', answers, {
      waves: [{ number: 1, frozenAt: '2026-03-02T10:00:00.000Z' }],
    });
    expect(buildTeamRow(shared, '2026-03-01').nextStep).toEqual({ kind: 'shared' });
  });

  it('is overdue the day after the due date while answers are missing', async () => {
    const review = await teamReview(4, 'Ana', [], { dueDate: '2026-03-31' });
    expect(buildTeamRow(review, '2026-03-31').isOverdue).toBe(false);
    expect(buildTeamRow(review, '2026-04-01').isOverdue).toBe(true);
  });

  it('sorts by progress and filters by state', async () => {
    const empty = buildTeamRow(await teamReview(5, 'Zoe', []), '2026-03-01');
    const half = buildTeamRow(await teamReview(6, 'Al', many('peer', [4, 4, 4])), '2026-03-01');
    expect(sortTeamRows([half, empty], 'progress', 'en').map((r) => r.subjectName)).toEqual([
      'Zoe',
      'Al',
    ]);
    expect(sortTeamRows([empty, half], 'name', 'en').map((r) => r.subjectName)).toEqual([
      'Al',
      'Zoe',
    ]);
    expect([empty, half].filter((r) => matchesFilter(r, 'waiting'))).toHaveLength(2);
    expect([empty, half].filter((r) => matchesFilter(r, 'ready'))).toHaveLength(0);
  });
});
